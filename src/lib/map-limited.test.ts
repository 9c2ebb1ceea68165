import { expect, test } from 'vitest';
import { mapLimited } from './map-limited';

test('runs at most `limit` at once and keeps the order of the items', async () => {
  let running = 0;
  let most = 0;
  const results = await mapLimited([30, 10, 20, 5], 2, async (ms) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
    return ms * 2;
  });
  expect(results).toEqual([60, 20, 40, 10]);
  expect(most).toBe(2);
});

test('rejects with the first failure and starts no run after it', async () => {
  const started: number[] = [];
  const run = mapLimited([1, 2, 3, 4], 1, async (n) => {
    started.push(n);
    if (n === 2) throw new Error('two failed');
    return n;
  });
  await expect(run).rejects.toThrow('two failed');
  expect(started).toEqual([1, 2]);
});
