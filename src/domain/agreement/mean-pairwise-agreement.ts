import { unitWeights, type EncodedRatings } from './encoded-ratings.ts';
import { defined, plainEstimate, undefinedValue, type Estimate, type Value } from './estimate.ts';
import { cohenTable, tallyCohen } from './cohen-kappa.ts';
import { allRaters, raterPairs } from './rater-pairs.ts';

/** Mean over pairs of the pairs' observed agreement, from their k × k contingency tables. */
export function meanPairwiseAgreementValue(tables: readonly Float64Array[], k: number): Value {
  if (tables.length === 0) return undefinedValue('fewer than two raters');
  let sum = 0;
  let defined_ = 0;
  for (const table of tables) {
    let n = 0;
    let agree = 0;
    for (let c = 0; c < table.length; c++) n += table[c]!;
    for (let c = 0; c < k; c++) agree += table[c * k + c]!;
    if (n > 0) {
      sum += agree / n;
      defined_ += 1;
    }
  }
  return defined_ === 0 ? undefinedValue('no two raters rated a common item') : defined(sum / defined_);
}

/**
 * Mean pairwise agreement: for each pair of raters, the share of the items both rated on which
 * they gave the same label (p_o of Cohen's kappa); then the unweighted mean over the pairs that
 * share at least one item. With complete data it equals Fleiss' P̄.
 *
 * No analytic interval (pairs are dependent): `ci` is null; use the report's bootstrap.
 * Null with fewer than two raters or when no pair shares an item.
 */
export function meanPairwiseAgreement(
  data: EncodedRatings,
  raters: readonly number[] = allRaters(data),
): Estimate & { pairs: number } {
  const tallies = raterPairs(data, raters).map(([a, b]) => tallyCohen(data, a, b));
  const weights = unitWeights(data.nItems);
  const v = meanPairwiseAgreementValue(
    tallies.map((t) => cohenTable(t, weights)),
    data.categories.length,
  );
  return { ...plainEstimate(v), pairs: tallies.filter((t) => t.items.length > 0).length };
}
