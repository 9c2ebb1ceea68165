import { MISSING, unitWeights, type EncodedRatings } from './encoded-ratings.ts';
import { defined, plainEstimate, undefinedValue, type Estimate, type Value } from './estimate.ts';
import { allRaters } from './rater-pairs.ts';

/**
 * Per pairable item (at least two ratings): mᵤ, its within-item disagreement mᵤ² − Σc nᵤc², and
 * its sparse category counts nᵤc at entries offsets[j] .. offsets[j + 1].
 */
export interface KrippendorffTally {
  readonly k: number;
  readonly maxRatings: number;
  readonly items: Int32Array;
  readonly ratings: Int32Array;
  readonly disagreement: Float64Array;
  readonly offsets: Int32Array;
  readonly cats: Int32Array;
  readonly counts: Int32Array;
}

/** Precomputes the {@link KrippendorffTally} of the rater columns `raters`. */
export function tallyKrippendorff(data: EncodedRatings, raters: readonly number[]): KrippendorffTally {
  const k = data.categories.length;
  const items: number[] = [];
  const ratings: number[] = [];
  const disagreement: number[] = [];
  const offsets: number[] = [0];
  const cats: number[] = [];
  const counts: number[] = [];
  const row = new Int32Array(k);
  for (let i = 0; i < data.nItems; i++) {
    row.fill(0);
    let mu = 0;
    for (const r of raters) {
      const c = data.codes[i * data.nRaters + r]!;
      if (c !== MISSING) {
        row[c]! += 1;
        mu += 1;
      }
    }
    if (mu < 2) continue;
    let squares = 0;
    for (let c = 0; c < k; c++) {
      if (row[c]! === 0) continue;
      cats.push(c);
      counts.push(row[c]!);
      squares += row[c]! * row[c]!;
    }
    items.push(i);
    ratings.push(mu);
    disagreement.push(mu * mu - squares);
    offsets.push(cats.length);
  }
  return {
    k,
    maxRatings: raters.length,
    items: Int32Array.from(items),
    ratings: Int32Array.from(ratings),
    disagreement: Float64Array.from(disagreement),
    offsets: Int32Array.from(offsets),
    cats: Int32Array.from(cats),
    counts: Int32Array.from(counts),
  };
}

/** Weighted sums from which nominal alpha follows. */
export interface KrippendorffSums {
  /** n: pairable ratings. */
  readonly n: number;
  /** Σᵤ (mᵤ² − Σc nᵤc²) over items with mᵤ ratings, indexed by mᵤ. */
  readonly disagreementByRatings: Float64Array;
  /** n_c: pairable ratings per category. */
  readonly marginals: Float64Array;
}

export function krippendorffSums(t: KrippendorffTally, weights: Uint32Array): KrippendorffSums {
  const disagreementByRatings = new Float64Array(t.maxRatings + 1);
  const marginals = new Float64Array(t.k);
  let n = 0;
  for (let j = 0; j < t.items.length; j++) {
    const w = weights[t.items[j]!]!;
    if (w === 0) continue;
    const mu = t.ratings[j]!;
    n += w * mu;
    disagreementByRatings[mu]! += w * t.disagreement[j]!;
    for (let e = t.offsets[j]!; e < t.offsets[j + 1]!; e++) marginals[t.cats[e]!]! += w * t.counts[e]!;
  }
  return { n, disagreementByRatings, marginals };
}

/**
 * Nominal alpha from its sums: α = 1 − (n − 1)·Σᵤ (mᵤ² − Σc nᵤc²)/(mᵤ − 1) / (n² − Σc n_c²).
 * The within-item sums are kept exact per mᵤ and divided once per distinct mᵤ.
 */
export function krippendorffAlphaFromSums(s: KrippendorffSums): Value {
  if (s.n === 0) return undefinedValue('no item has at least two ratings');
  let observed = 0;
  for (let mu = 2; mu < s.disagreementByRatings.length; mu++) observed += s.disagreementByRatings[mu]! / (mu - 1);
  let squares = 0;
  for (const nc of s.marginals) squares += nc * nc;
  const expected = s.n * s.n - squares;
  if (expected === 0) return undefinedValue('expected disagreement is 0: all pairable ratings are one category');
  return defined(1 - ((s.n - 1) * observed) / expected);
}

/**
 * Krippendorff's alpha for nominal data over every item with at least two ratings (items with one
 * rating are not pairable and drop out), from the coincidence matrix: α = 1 − D_o/D_e with
 * o_ck = Σᵤ (number of c–k pairs of ratings in u)/(mᵤ − 1), D_o ∝ Σc≠k o_ck, D_e ∝ Σc≠k n_c n_k/(n − 1).
 * Reference: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C;
 * Krippendorff (2004), Content Analysis, ch. 11. Handles missing ratings by design.
 *
 * No analytic standard error exists in general: `se` and `ci` are null; ask the report for a
 * bootstrap interval. Null when no item has two ratings or all pairable ratings are one category.
 */
export function krippendorffAlpha(
  data: EncodedRatings,
  raters: readonly number[] = allRaters(data),
): Estimate & { items: number } {
  const t = tallyKrippendorff(data, raters);
  return {
    ...plainEstimate(krippendorffAlphaFromSums(krippendorffSums(t, unitWeights(data.nItems)))),
    items: t.items.length,
  };
}
