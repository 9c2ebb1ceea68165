import { Z_95 } from '../agreement/estimate.ts';

/** Where an interval stands and how many items would bring it to a target half-width. */
export interface SampleSizePlan {
  readonly items: number;
  /** Half the width of the current 95% interval; null (with `reason`) when there is none. */
  readonly halfWidth: number | null;
  readonly targetHalfWidth: number;
  /** Smallest number of items whose interval is expected to be no wider than the target. */
  readonly requiredItems: number | null;
  /** max(0, requiredItems − items). */
  readonly additionalItems: number | null;
  readonly reason: string | null;
}

/**
 * Half-width of Wilson's (1927) 95% score interval for a proportion p observed on n items:
 * z/(n + z²) · √(n·p(1 − p) + z²/4). It decreases in n for every p (so a target is reached
 * by one smallest n), and stays positive at p = 0 or 1, unlike the Wald z·√(p(1 − p)/n).
 */
export function wilsonHalfWidth(p: number, n: number): number {
  const z2 = Z_95 * Z_95;
  return (Z_95 / (n + z2)) * Math.sqrt(n * p * (1 - p) + z2 / 4);
}

/**
 * Items needed for the LLM's accuracy (or any proportion) to have a Wilson 95% half-width of
 * at most `target`, planning with the accuracy observed so far, `correct / items`, or with 0.5
 * (the widest case) before any item; the smallest such n is found by bisection, since the
 * half-width decreases in n (Newcombe 1998, Statistics in Medicine 17:857–872, on the interval).
 * Preconditions (each throws, naming the function): 0 ≤ correct ≤ items, integers;
 * 0 < target < 0.5 (at 0.5 a single item suffices, and no interval is wider).
 */
export function accuracySampleSize(correct: number, items: number, target: number): SampleSizePlan {
  if (!Number.isInteger(correct) || !Number.isInteger(items) || correct < 0 || correct > items) {
    throw new Error('accuracySampleSize: needs integers 0 ≤ correct ≤ items');
  }
  if (!(target > 0 && target < 0.5)) throw new Error('accuracySampleSize: the target half-width must be in (0, 0.5)');
  const p = items === 0 ? 0.5 : correct / items;
  let hi = 1;
  while (wilsonHalfWidth(p, hi) > target) hi *= 2;
  let lo = hi / 2;
  // Invariant: the half-width at lo is over the target (or lo < 1), at hi within it.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wilsonHalfWidth(p, mid) > target) lo = mid;
    else hi = mid;
  }
  return {
    items,
    halfWidth: items === 0 ? null : wilsonHalfWidth(p, items),
    targetHalfWidth: target,
    requiredItems: hi,
    additionalItems: Math.max(0, hi - items),
    reason: items === 0 ? 'no item yet: planned with an accuracy of 0.5, the widest case' : null,
  };
}

/**
 * Items needed for a kappa (e.g. Fleiss') to have a Wald 95% half-width z·SE of at most
 * `target`, from its current standard error on `items` items, assuming SE ∝ 1/√n with the
 * rating pattern unchanged (the large-sample variances of Fleiss 1971 and Gwet 2008 are sums
 * over items divided by n²): required = ⌈items · (z·SE/target)²⌉.
 *
 * Null with a reason: no standard error (the kappa is undefined, e.g. fewer than two raters or
 * one category only), or an SE of 0 (nothing to extrapolate from).
 * Preconditions (each throws, naming the function): items a positive integer; se null or
 * finite and ≥ 0; target > 0.
 */
export function kappaSampleSize(
  se: number | null,
  items: number,
  target: number,
  reasonIfNoSe = 'the kappa has no standard error',
): SampleSizePlan {
  if (!Number.isInteger(items) || items < 1) throw new Error('kappaSampleSize: items must be a positive integer');
  if (se !== null && !(se >= 0 && Number.isFinite(se)))
    throw new Error('kappaSampleSize: se must be null or a finite number ≥ 0');
  if (!(target > 0) || !Number.isFinite(target))
    throw new Error('kappaSampleSize: the target half-width must be a finite number > 0');
  const none = (halfWidth: number | null, reason: string): SampleSizePlan => ({
    items,
    halfWidth,
    targetHalfWidth: target,
    requiredItems: null,
    additionalItems: null,
    reason,
  });
  if (se === null) return none(null, reasonIfNoSe);
  if (se === 0) return none(0, 'the standard error is 0, so it cannot be extrapolated to other sample sizes');
  const required = Math.ceil(items * ((Z_95 * se) / target) ** 2);
  return {
    items,
    halfWidth: Z_95 * se,
    targetHalfWidth: target,
    requiredItems: required,
    additionalItems: Math.max(0, required - items),
    reason: null,
  };
}
