import { randomInt } from '../random';

/**
 * The first k items of a forward Fisher–Yates shuffle (Durstenfeld 1964; Knuth, TAOCP vol. 2,
 * Algorithm P): for i = 0 … k−1, j = i + floor(random() · (n − i)), swap items i and j; the
 * result is items 0 … k−1. Every k-subset is equally likely, in uniformly random order
 * (up to the 2^−32 granularity of `random`). Consumes exactly k numbers from `random`;
 * k = n is a full shuffle. Returns a new array; `items` is not changed.
 */
export function partialShuffle<T>(items: readonly T[], k: number, random: () => number): T[] {
  if (!Number.isInteger(k) || k < 0 || k > items.length) {
    throw new Error(`partialShuffle: k must be an integer from 0 to ${items.length} (got ${k})`);
  }
  const a = items.slice();
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(random, a.length - i);
    const x = a[i] as T;
    a[i] = a[j] as T;
    a[j] = x;
  }
  return a.slice(0, k);
}
