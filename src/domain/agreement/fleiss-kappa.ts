import { unitWeights, type EncodedRatings } from './encoded-ratings.ts';
import { defined, KAPPA_RANGE, undefinedValue, waldEstimate, type Estimate, type Value } from './estimate.ts';
import { fleissNullSe, fleissLinearizedSes } from './fleiss-kappa-se.ts';
import { fewItems } from './few-items.ts';
import { fleissSums, tallyFleiss, type FleissSums, type FleissTally } from './fleiss-tally.ts';
import { allRaters } from './rater-pairs.ts';

/**
 * Fleiss' (1971) kappa from the sums of a Fleiss tally with m raters per item:
 * κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), P̄ = (Σᵢⱼ nᵢⱼ² − Nm) / (Nm(m − 1)), P̄ₑ = Σⱼ pⱼ², pⱼ = Tⱼ / (Nm);
 * computed as [(S − Nm)·Nm − (m − 1)·Q] / [(m − 1)·((Nm)² − Q)], S = Σᵢⱼ nᵢⱼ², Q = Σⱼ Tⱼ², so
 * integer counts give a correctly rounded result and "P̄ₑ = 1" is tested exactly.
 */
export function fleissKappaFromSums(s: FleissSums, m: number): Value {
  if (m < 2) return undefinedValue('fewer than two raters');
  if (s.n === 0) return undefinedValue('no item was rated by every rater');
  const nm = s.n * m;
  let q = 0;
  for (const t of s.totals) q += t * t;
  const denominator = (m - 1) * (nm * nm - q);
  if (denominator === 0)
    return undefinedValue('expected agreement is 1: every rating of the complete items is the same category');
  return defined(((s.squares - nm) * nm - (m - 1) * q) / denominator);
}

/**
 * Fleiss' kappa of one category against all others (Fleiss 1971, eq. 10):
 * κⱼ = 1 − Σᵢ nᵢⱼ(m − nᵢⱼ) / (N·m·(m − 1)·pⱼ·qⱼ), computed as
 * [(m − 1)·Tⱼ·(Nm − Tⱼ) − Nm·Dⱼ] / [(m − 1)·Tⱼ·(Nm − Tⱼ)]. It equals Fleiss' kappa of the data
 * collapsed to "j" / "not j".
 */
export function fleissCategoryKappaFromSums(s: FleissSums, m: number, category: number): Value {
  if (m < 2) return undefinedValue('fewer than two raters');
  if (s.n === 0) return undefinedValue('no item was rated by every rater');
  const nm = s.n * m;
  const t = s.totals[category]!;
  if (t === 0) return undefinedValue('the category was never used on the complete items');
  if (t === nm) return undefinedValue('every rating of the complete items is this category');
  const denominator = (m - 1) * t * (nm - t);
  return defined((denominator - nm * s.disagreements[category]!) / denominator);
}

export interface FleissKappa extends Estimate {
  /** Complete items: rated by every rater. */
  readonly items: number;
  /** Standard error under H0: κ = 0 (Fleiss, Nee & Landis 1979), for a z test; not used for the CI. */
  readonly seNull: number | null;
}

export interface FleissCategoryKappa extends FleissKappa {
  readonly category: string;
  /** Complete items on which at least one rater chose the category: what its kappa rests on. */
  readonly usedOn: number;
  /** `usedOn` is below 10 (`FEW_ITEMS`). */
  readonly fewItems: boolean;
}

/**
 * Fleiss' (1971) kappa over the complete items (rated by every rater in `raters`, default all),
 * overall and for each category against all others (in the order of `data.categories`).
 * `se` and the interval κ ± Z_95·se (truncated to [−1, 1]) use Gwet's (2008) linearization variance, valid when κ ≠ 0;
 * `seNull` is the Fleiss, Nee & Landis (1979) standard error under κ = 0 (for a category:
 * sqrt(2 / (N·m·(m − 1)))), for a z test only.
 *
 * Null with fewer than two raters, no complete item (e.g. a rater who rated nothing), or when all
 * ratings of the complete items are one category (expected agreement 1); a category is null when
 * it was never used on the complete items, or used for every rating. A category used on fewer
 * than 10 (`FEW_ITEMS`) complete items is marked `fewItems`.
 */
export function fleissKappas(
  data: EncodedRatings,
  raters: readonly number[] = allRaters(data),
): { overall: FleissKappa; perCategory: FleissCategoryKappa[] } {
  const t = tallyFleiss(data, raters);
  const s = fleissSums(t, unitWeights(data.nItems));
  const v = fleissKappaFromSums(s, t.m);
  const vs = data.categories.map((_, c) => fleissCategoryKappaFromSums(s, t.m, c));
  const ses = fleissLinearizedSes(
    t,
    v.value,
    vs.map((x) => x.value),
  );
  const estimate = (x: Value, se: number | null, category: number | null): FleissKappa => ({
    ...waldEstimate(x, x.value === null ? null : se, KAPPA_RANGE),
    items: s.n,
    seNull: x.value === null ? null : fleissNullSe(s, t.m, category),
  });
  return {
    overall: estimate(v, ses.overall, null),
    perCategory: vs.map((x, c) => {
      const usedOn = itemsUsing(t, c);
      return {
        ...estimate(x, ses.perCategory[c] ?? null, c),
        category: data.categories[c]!,
        usedOn,
        fewItems: fewItems(usedOn),
      };
    }),
  };
}

function itemsUsing(t: FleissTally, category: number): number {
  let n = 0;
  for (const c of t.cats) if (c === category) n += 1;
  return n;
}

/** The overall Fleiss' kappa of {@link fleissKappas}. */
export function fleissKappa(data: EncodedRatings, raters: readonly number[] = allRaters(data)): FleissKappa {
  return fleissKappas(data, raters).overall;
}
