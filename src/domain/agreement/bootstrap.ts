import type { BootstrapInterval } from './estimate.ts';
import { createRandom } from '../random.ts';

export interface BootstrapOptions {
  readonly resamples: number;
  readonly seed: number;
}

export const DEFAULT_RESAMPLES = 1000;

/**
 * A family of statistics computed together from weights (the multiplicity in a resample of each
 * item, or of each group of items); it always returns the same number of values, null where
 * undefined.
 */
export type StatisticFamily = (weights: Uint32Array) => readonly (number | null)[];

/**
 * Items whose contributions to every statistic are identical (same ratings, same gold label)
 * can share one weight: `of[item]` is the item's group, `count` the number of groups. The
 * resampling is unchanged (items are drawn); only the bookkeeping is smaller.
 */
export interface ItemGroups {
  readonly of: Int32Array;
  readonly count: number;
}

/**
 * Nonparametric percentile bootstrap over items (Efron & Tibshirani 1993, ch. 13): each resample
 * draws nItems items with replacement, uniformly, from a mulberry32 stream seeded with `seed`;
 * every family is evaluated on the same resamples, so the intervals of one report are jointly
 * reproducible. The 95% interval is the 2.5th and 97.5th percentiles of the defined resample
 * values (linear interpolation between order statistics, Hyndman & Fan type 7). Resamples in
 * which a statistic is undefined are counted in `undefinedResamples` and left out.
 *
 * With `groups`, the families receive per-group weights (the sum of their items' multiplicities).
 *
 * Preconditions: `resamples` is a positive integer, `seed` an integer, `nItems` a non-negative
 * integer; `groups.of` has one group index in [0, groups.count) per item.
 * Returns intervals[family][statistic].
 */
export function bootstrapIntervals(
  nItems: number,
  options: BootstrapOptions,
  families: readonly StatisticFamily[],
  groups: ItemGroups | null = null,
): BootstrapInterval[][] {
  const { resamples, seed } = options;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new Error('bootstrapIntervals: resamples must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('bootstrapIntervals: seed must be an integer');
  if (!Number.isInteger(nItems) || nItems < 0)
    throw new Error('bootstrapIntervals: nItems must be a non-negative integer');
  if (groups !== null && groups.of.length !== nItems)
    throw new Error('bootstrapIntervals: groups.of needs one group per item');
  const groupOf = groups?.of ?? Int32Array.from({ length: nItems }, (_, i) => i);
  const weights = new Uint32Array(groups?.count ?? nItems);
  if (nItems === 0) {
    return families.map((f) => f(weights).map(() => emptyInterval(resamples, resamples, 'no items to resample')));
  }
  const random = createRandom(seed);
  const draws: Float64Array[][] = [];
  const undefinedCounts: Int32Array[] = [];
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    // Same draw as randomInt(random, nItems), inlined: it runs resamples × nItems times.
    for (let j = 0; j < nItems; j++) weights[groupOf[Math.floor(random() * nItems)]!]! += 1;
    families.forEach((family, f) => {
      const values = family(weights);
      if (b === 0) {
        draws[f] = values.map(() => new Float64Array(resamples));
        undefinedCounts[f] = new Int32Array(values.length);
      }
      values.forEach((v, s) => {
        if (v === null) undefinedCounts[f]![s]! += 1;
        else draws[f]![s]![b - undefinedCounts[f]![s]!] = v;
      });
    });
  }
  return draws.map((family, f) =>
    family.map((values, s) => {
      const undefinedResamples = undefinedCounts[f]![s]!;
      const valid = values.subarray(0, resamples - undefinedResamples).sort();
      if (valid.length === 0)
        return emptyInterval(resamples, undefinedResamples, 'the statistic was undefined in every resample');
      return {
        lower: quantile(valid, 0.025),
        upper: quantile(valid, 0.975),
        reason: null,
        resamples,
        undefinedResamples,
      };
    }),
  );
}

function emptyInterval(resamples: number, undefinedResamples: number, reason: string): BootstrapInterval {
  return { lower: null, upper: null, reason, resamples, undefinedResamples };
}

/** Quantile of sorted values, Hyndman & Fan (1996) type 7 (R's and NumPy's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error('quantile: needs at least one value');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
