import type { EncodedRatings } from './encoded-ratings.ts';

/** Column indices of every rater of `data`. */
export function allRaters(data: EncodedRatings): number[] {
  return data.raterIds.map((_, r) => r);
}

/**
 * Every unordered pair of the given rater columns, as [a, b] with rater id a < b by UTF-16 code
 * unit, pairs in sorted order of (a, b).
 */
export function raterPairs(data: EncodedRatings, raters: readonly number[]): [number, number][] {
  const sorted = [...raters].sort((x, y) => compareIds(data.raterIds[x]!, data.raterIds[y]!));
  const pairs: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  }
  return pairs;
}

/** Comparison by UTF-16 code unit, the order of JavaScript's default sort. */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
