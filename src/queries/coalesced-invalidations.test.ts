import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, expect, test, vi } from 'vitest';
import { coalescedInvalidations } from './coalesced-invalidations';

afterEach(() => vi.useRealTimers());

test('fifty reports within the window refetch each query once, after the window; stop drops what waits', async () => {
  vi.useFakeTimers();
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const reads = { status: 0, received: 0 };
  // Observed queries are active, as a mounted page's are: invalidating them refetches them.
  const unsubscribe = (['status', 'received'] as const).map((key) =>
    new QueryObserver(client, { queryKey: [key], queryFn: () => ++reads[key] }).subscribe(() => undefined),
  );
  await vi.advanceTimersByTimeAsync(0);
  expect(reads).toEqual({ status: 1, received: 1 });

  const { invalidate, stop } = coalescedInvalidations(client, 500);
  for (let i = 0; i < 50; i += 1) invalidate(['status'], ['received']);
  await vi.advanceTimersByTimeAsync(499);
  expect(reads).toEqual({ status: 1, received: 1 });
  await vi.advanceTimersByTimeAsync(1);
  expect(reads).toEqual({ status: 2, received: 2 });

  invalidate(['status']);
  stop();
  await vi.advanceTimersByTimeAsync(1000);
  expect(reads).toEqual({ status: 2, received: 2 });
  unsubscribe.forEach((off) => off());
});
