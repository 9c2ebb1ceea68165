/** A statistic's value, or null with the reason it is undefined (never NaN, 0 or Infinity). */
export type Value =
  { readonly value: number; readonly reason: null } | { readonly value: null; readonly reason: string };

export interface Interval {
  readonly lower: number;
  readonly upper: number;
  /** Wald intervals only: whether value ± z·se went past the statistic's range and was cut to it. */
  readonly truncated?: boolean;
}

/** The range of every kappa and of Krippendorff's alpha. */
export const KAPPA_RANGE: Interval = { lower: -1, upper: 1 };

/** A percentile bootstrap interval, with how many resamples left the statistic undefined. */
export interface BootstrapInterval {
  /** Null when every resample left the statistic undefined. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly reason: string | null;
  readonly resamples: number;
  /** Resamples in which the statistic was undefined; they are excluded from the percentiles. */
  readonly undefinedResamples: number;
}

/** A point estimate with its intervals. */
export interface Estimate {
  readonly value: number | null;
  /** Why `value` is null; null when it is a number. */
  readonly reason: string | null;
  /** Analytic large-sample standard error, when the statistic has one (see docs/statistics.md). */
  readonly se: number | null;
  /**
   * Analytic 95% interval (value ± z·se truncated to the statistic's range, or Wilson's for a
   * proportion); null when there is none. Always inside the statistic's range.
   */
  readonly ci: Interval | null;
  /** Percentile bootstrap 95% interval; null unless the report was asked for a bootstrap. */
  readonly bootstrap: BootstrapInterval | null;
}

/** The 97.5% quantile of the standard normal distribution (the "1.96" of a 95% interval). */
export const Z_95 = 1.959963984540054;

export const defined = (value: number): Value => ({ value, reason: null });
export const undefinedValue = (reason: string): Value => ({ value: null, reason });

/**
 * An estimate with the Wald interval value ± Z_95·se when both are known, truncated to `range`
 * (the statistic's possible values). The true value lies in the range, so the truncated interval
 * covers it exactly when the untruncated one does: same coverage, no impossible bounds (a kappa
 * of 0.8 on 10 items would otherwise reach 1.13). Within the range the interval is unchanged.
 * `truncated` says whether a bound was cut.
 */
export function waldEstimate(v: Value, se: number | null, range: Interval): Estimate {
  if (v.value === null) return { value: null, reason: v.reason, se: null, ci: null, bootstrap: null };
  if (se === null) return { value: v.value, reason: null, se, ci: null, bootstrap: null };
  const lower = v.value - Z_95 * se;
  const upper = v.value + Z_95 * se;
  const ci = {
    lower: Math.max(range.lower, lower),
    upper: Math.min(range.upper, upper),
    truncated: lower < range.lower || upper > range.upper,
  };
  return { value: v.value, reason: null, se, ci, bootstrap: null };
}

/**
 * A proportion `successes / n` with Wilson's (1927) score interval, which stays inside [0, 1]
 * and behaves at 0 and 1, unlike p ± z·se. `se` is the binomial sqrt(p(1-p)/n).
 */
export function proportionEstimate(successes: number, n: number, reasonIfEmpty: string): Estimate {
  if (n === 0) return { value: null, reason: reasonIfEmpty, se: null, ci: null, bootstrap: null };
  const p = successes / n;
  const z2 = Z_95 * Z_95;
  const center = (successes + z2 / 2) / (n + z2);
  const half = (Z_95 / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  return {
    value: p,
    reason: null,
    se: Math.sqrt((p * (1 - p)) / n),
    ci: { lower: Math.max(0, center - half), upper: Math.min(1, center + half) },
    bootstrap: null,
  };
}

/** An estimate without an analytic interval. */
export function plainEstimate(v: Value): Estimate {
  return { value: v.value, reason: v.reason, se: null, ci: null, bootstrap: null } as Estimate;
}
