import { MISSING, type EncodedRatings } from './encoded-ratings.ts';

/**
 * Fleiss' kappa reads only, per complete item, how many raters chose each category (nᵢⱼ).
 * Stored sparsely: item `items[j]` has entries `offsets[j] .. offsets[j + 1]` of (cats, counts).
 */
export interface FleissTally {
  /** Raters per complete item. */
  readonly m: number;
  readonly k: number;
  readonly items: Int32Array;
  readonly offsets: Int32Array;
  readonly cats: Int32Array;
  readonly counts: Int32Array;
}

/** Weighted sums over complete items from which Fleiss' kappas follow. */
export interface FleissSums {
  /** N: complete items (weighted). */
  readonly n: number;
  /** Σᵢ Σⱼ nᵢⱼ². */
  readonly squares: number;
  /** Tⱼ = Σᵢ nᵢⱼ, ratings per category. */
  readonly totals: Float64Array;
  /** Dⱼ = Σᵢ nᵢⱼ(m − nᵢⱼ), disagreeing (rating, rating) pairs involving category j. */
  readonly disagreements: Float64Array;
}

/** Precomputes the {@link FleissTally} of the rater columns `raters` over items all of them rated. */
export function tallyFleiss(data: EncodedRatings, raters: readonly number[]): FleissTally {
  const k = data.categories.length;
  const items: number[] = [];
  const offsets: number[] = [0];
  const cats: number[] = [];
  const counts: number[] = [];
  const row = new Int32Array(k);
  for (let i = 0; i < data.nItems && raters.length > 0; i++) {
    const base = i * data.nRaters;
    let complete = true;
    for (const r of raters) if (data.codes[base + r] === MISSING) complete = false;
    if (!complete) continue;
    row.fill(0);
    for (const r of raters) row[data.codes[base + r]!]! += 1;
    for (let c = 0; c < k; c++)
      if (row[c]! > 0) {
        cats.push(c);
        counts.push(row[c]!);
      }
    items.push(i);
    offsets.push(cats.length);
  }
  return {
    m: raters.length,
    k,
    items: Int32Array.from(items),
    offsets: Int32Array.from(offsets),
    cats: Int32Array.from(cats),
    counts: Int32Array.from(counts),
  };
}

export function fleissSums(t: FleissTally, weights: Uint32Array): FleissSums {
  const totals = new Float64Array(t.k);
  const disagreements = new Float64Array(t.k);
  let n = 0;
  let squares = 0;
  for (let j = 0; j < t.items.length; j++) {
    const w = weights[t.items[j]!]!;
    if (w === 0) continue;
    n += w;
    for (let e = t.offsets[j]!; e < t.offsets[j + 1]!; e++) {
      const c = t.cats[e]!;
      const count = t.counts[e]!;
      squares += w * count * count;
      totals[c]! += w * count;
      disagreements[c]! += w * count * (t.m - count);
    }
  }
  return { n, squares, totals, disagreements };
}
