import { MISSING, raterIndex, unitWeights, type EncodedRatings } from './encoded-ratings.ts';
import { defined, KAPPA_RANGE, undefinedValue, waldEstimate, type Estimate, type Value } from './estimate.ts';

/** The items two raters both rated, each with its cell (codeA * k + codeB) in the k × k table. */
export interface CohenTally {
  readonly k: number;
  readonly items: Int32Array;
  readonly cells: Int32Array;
}

/** Precomputes the {@link CohenTally} of rater columns `a` and `b`. */
export function tallyCohen(data: EncodedRatings, a: number, b: number): CohenTally {
  const k = data.categories.length;
  const items: number[] = [];
  const cells: number[] = [];
  for (let i = 0; i < data.nItems; i++) {
    const x = data.codes[i * data.nRaters + a]!;
    const y = data.codes[i * data.nRaters + b]!;
    if (x !== MISSING && y !== MISSING) {
      items.push(i);
      cells.push(x * k + y);
    }
  }
  return { k, items: Int32Array.from(items), cells: Int32Array.from(cells) };
}

/** The weighted k × k contingency table (row = rater a, column = rater b), row-major. */
export function cohenTable(t: CohenTally, weights: Uint32Array): Float64Array {
  const table = new Float64Array(t.k * t.k);
  for (let j = 0; j < t.items.length; j++) table[t.cells[j]!]! += weights[t.items[j]!]!;
  return table;
}

/**
 * Cohen's (1960) kappa of a k × k table of counts: (p_o − p_e) / (1 − p_e), computed as
 * (n·A − E) / (n² − E) with A the diagonal sum and E = Σ rowₖ·colₖ, so that integer counts give a
 * correctly rounded result and "p_e = 1" is tested exactly.
 *
 * Null when the table is empty, or when p_e = 1 (both raters used one and the same category for
 * every item: agreement is total and entirely expected, so kappa is 0/0).
 */
export function kappaFromTable(table: ArrayLike<number>, k: number): Value {
  let n = 0;
  let agree = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    let row = 0;
    let col = 0;
    for (let d = 0; d < k; d++) {
      row += table[c * k + d]!;
      col += table[d * k + c]!;
    }
    n += row;
    agree += table[c * k + c]!;
    expected += row * col;
  }
  if (n === 0) return undefinedValue('no item was rated by both raters');
  const denominator = n * n - expected;
  if (denominator === 0)
    return undefinedValue('expected agreement is 1: both raters gave every item the same single category');
  return defined((n * agree - expected) / denominator);
}

/**
 * Large-sample standard error of Cohen's kappa when kappa is not assumed 0: Fleiss, Cohen &
 * Everitt (1969), eq. 18.13 in Fleiss, Levin & Paik (2003):
 * var = [Σᵢ pᵢᵢ(1 − (pᵢ. + p.ᵢ)(1 − κ))² + (1 − κ)² Σᵢ≠ⱼ pᵢⱼ(p.ᵢ + pⱼ.)² − (κ − p_e(1 − κ))²] / (n(1 − p_e)²).
 * Null when kappa is undefined.
 */
export function cohenKappaSe(table: ArrayLike<number>, k: number, kappa: number): number {
  let n = 0;
  for (let c = 0; c < k * k; c++) n += table[c]!;
  const rows = new Float64Array(k);
  const cols = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      rows[c]! += table[c * k + d]! / n;
      cols[d]! += table[c * k + d]! / n;
    }
  }
  let pe = 0;
  for (let c = 0; c < k; c++) pe += rows[c]! * cols[c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      const p = table[c * k + d]! / n;
      if (p === 0) continue;
      sum +=
        c === d
          ? p * (1 - (rows[c]! + cols[c]!) * (1 - kappa)) ** 2
          : (1 - kappa) ** 2 * p * (cols[c]! + rows[d]!) ** 2;
    }
  }
  const variance = (sum - (kappa - pe * (1 - kappa)) ** 2) / (n * (1 - pe) ** 2);
  return Math.sqrt(Math.max(0, variance));
}

export interface CohenKappa extends Estimate {
  readonly a: string;
  readonly b: string;
  /** Items both raters rated. */
  readonly items: number;
}

/**
 * Cohen's (1960) kappa of two raters over the items both rated, with the Fleiss, Cohen & Everitt
 * (1969) standard error and the interval κ ± Z_95·se truncated to [−1, 1].
 *
 * Preconditions: `raterA` and `raterB` are distinct rater ids of `data`. Null when the raters
 * share no item (e.g. one rated nothing) or when expected agreement is 1. Symmetric in a, b.
 */
export function cohenKappa(data: EncodedRatings, raterA: string, raterB: string): CohenKappa {
  const a = raterIndex(data, raterA, 'cohenKappa');
  const b = raterIndex(data, raterB, 'cohenKappa');
  if (a === b) throw new Error('cohenKappa: the two raters must differ');
  const t = tallyCohen(data, a, b);
  const table = cohenTable(t, unitWeights(data.nItems));
  const v = kappaFromTable(table, t.k);
  const se = v.value === null ? null : cohenKappaSe(table, t.k, v.value);
  return { ...waldEstimate(v, se, KAPPA_RANGE), a: raterA, b: raterB, items: t.items.length };
}
