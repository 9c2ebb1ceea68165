import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Invalidations gathered for `windowMs`, then each query key invalidated once: while labels
 * stream in, the sync worker reports a change per merge (50 reviewers: many a second), and one
 * refetch per report kept the lead's page reading without pause. Returns `invalidate` and `stop`
 * (drops what is pending, for an unmounted page).
 */
export function coalescedInvalidations(
  client: QueryClient,
  windowMs: number,
): { invalidate: (...keys: QueryKey[]) => void; stop: () => void } {
  const pending = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const keys = [...pending.values()];
    pending.clear();
    keys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  };
  return {
    invalidate: (...keys) => {
      keys.forEach((key) => pending.set(JSON.stringify(key), key));
      timer ??= setTimeout(flush, windowMs);
    },
    stop: () => {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
