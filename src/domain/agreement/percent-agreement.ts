import { MISSING, unitWeights, type EncodedRatings } from './encoded-ratings.ts';
import { allRaters } from './rater-pairs.ts';
import { defined, proportionEstimate, undefinedValue, type Estimate, type Value } from './estimate.ts';

/** Per complete item (rated by every rater of the set): whether all its labels are equal. */
export interface PercentAgreementTally {
  readonly nRaters: number;
  readonly items: Int32Array;
  readonly agree: Uint8Array;
}

/** Precomputes {@link PercentAgreementTally} over the raters at column indices `raters`. */
export function tallyPercentAgreement(data: EncodedRatings, raters: readonly number[]): PercentAgreementTally {
  const items: number[] = [];
  const agree: number[] = [];
  if (raters.length < 2) return { nRaters: raters.length, items: new Int32Array(0), agree: new Uint8Array(0) };
  for (let i = 0; i < data.nItems; i++) {
    const base = i * data.nRaters;
    const first = data.codes[base + raters[0]!]!;
    let complete = true;
    let same = true;
    for (const r of raters) {
      const c = data.codes[base + r]!;
      if (c === MISSING) {
        complete = false;
        break;
      }
      if (c !== first) same = false;
    }
    if (complete) {
      items.push(i);
      agree.push(same ? 1 : 0);
    }
  }
  return { nRaters: raters.length, items: Int32Array.from(items), agree: Uint8Array.from(agree) };
}

/** Weighted count of complete items and of those on which all raters agree. */
export function percentAgreementCounts(t: PercentAgreementTally, weights: Uint32Array): { n: number; agree: number } {
  let n = 0;
  let agree = 0;
  for (let j = 0; j < t.items.length; j++) {
    const w = weights[t.items[j]!]!;
    n += w;
    agree += w * t.agree[j]!;
  }
  return { n, agree };
}

export function percentAgreementValue(t: PercentAgreementTally, weights: Uint32Array): Value {
  if (t.nRaters < 2) return undefinedValue('fewer than two raters');
  const { n, agree } = percentAgreementCounts(t, weights);
  return n === 0 ? undefinedValue('no item was rated by every rater') : defined(agree / n);
}

/**
 * Percent agreement: the share of complete items (rated by every rater in `raters`) on which all
 * those raters gave the same label. Interval: Wilson (1927) score interval for a proportion.
 *
 * Preconditions: `raters` (default: all) are column indices of `data`. Undefined (null) with
 * fewer than two raters or no complete item. Chance agreement is not removed: read a kappa too.
 */
export function percentAgreement(
  data: EncodedRatings,
  raters: readonly number[] = allRaters(data),
): Estimate & { items: number } {
  const t = tallyPercentAgreement(data, raters);
  const { n, agree } = percentAgreementCounts(t, unitWeights(data.nItems));
  if (t.nRaters < 2) return { ...proportionEstimate(0, 0, 'fewer than two raters'), items: n };
  return { ...proportionEstimate(agree, n, 'no item was rated by every rater'), items: n };
}
