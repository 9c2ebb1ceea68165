/** One month of a group's threads: how many had the chosen category, out of how many labeled. */
export interface MonthCount {
  /** 'YYYY-MM'. */
  readonly month: string;
  readonly count: number;
  readonly total: number;
}

export interface TrendAlertRule {
  /** Months before the tested one that form its baseline. */
  readonly trailingMonths: number;
  /** A month is flagged when its z exceeds this. */
  readonly zAbove: number;
  /** …and at least this many threads have the category that month. */
  readonly minCount: number;
}

export const DEFAULT_TREND_ALERT_RULE: TrendAlertRule = { trailingMonths: 3, zAbove: 3, minCount: 5 };

export interface MonthAlert extends MonthCount {
  /** count / total; null when the group has no thread that month. */
  readonly share: number | null;
  /** The trailing months' pooled share; null without a baseline. */
  readonly baselineShare: number | null;
  readonly z: number | null;
  /** Why z is null; null when it is a number. */
  readonly reason: string | null;
  readonly flagged: boolean;
}

/**
 * Months whose share of a category (within a group, e.g. clinical questions from non-clinical
 * departments) is unusually high, by a binomial (p) control chart against the trailing months
 * (Montgomery, Introduction to Statistical Quality Control, 8th ed., §7.2): with p₀ the pooled
 * share of the `trailingMonths` months before month t, z_t = (x_t − n_t p₀) / √(n_t p₀ (1 − p₀));
 * the month is flagged when z_t > `zAbove` (one-sided: only rises alert) and x_t ≥ `minCount`
 * (so a handful of threads in a small group cannot raise an alert).
 *
 * Null z, with the reason: the first `trailingMonths` months (no baseline), a month with no
 * thread of the group, trailing months with no thread of the group. When the category never
 * occurred in the trailing months (p₀ = 0) z is null and the month is flagged on the count
 * alone (x_t ≥ minCount: a category that appears from nothing); when it was every thread
 * (p₀ = 1) the share cannot rise and the month is not flagged.
 *
 * Preconditions (each throws, naming the function): months are 'YYYY-MM', consecutive and
 * increasing (pass a zero count for a month without threads); 0 ≤ count ≤ total, integers; the
 * rule's trailingMonths and minCount are positive integers and zAbove finite.
 */
export function trendAlerts(
  series: readonly MonthCount[],
  rule: TrendAlertRule = DEFAULT_TREND_ALERT_RULE,
): MonthAlert[] {
  assertRule(rule);
  series.forEach((m, t) => {
    if (!Number.isInteger(m.count) || !Number.isInteger(m.total) || m.count < 0 || m.count > m.total) {
      throw new Error(`trendAlerts: month ${m.month} needs integer counts with 0 ≤ count ≤ total`);
    }
    if (monthIndex(m.month) === null) throw new Error(`trendAlerts: ${JSON.stringify(m.month)} is not a YYYY-MM month`);
    if (t > 0 && monthIndex(m.month) !== monthIndex(series[t - 1]!.month)! + 1) {
      throw new Error(`trendAlerts: months must be consecutive (${series[t - 1]!.month} is followed by ${m.month})`);
    }
  });
  return series.map((m, t) => {
    const share = m.total === 0 ? null : m.count / m.total;
    const result = (
      baselineShare: number | null,
      z: number | null,
      reason: string | null,
      flagged: boolean,
    ): MonthAlert => ({ ...m, share, baselineShare, z, reason, flagged });
    if (t < rule.trailingMonths) return result(null, null, `fewer than ${rule.trailingMonths} earlier months`, false);
    if (m.total === 0) return result(null, null, 'the group has no thread this month', false);
    let x0 = 0;
    let n0 = 0;
    for (const prior of series.slice(t - rule.trailingMonths, t)) {
      x0 += prior.count;
      n0 += prior.total;
    }
    if (n0 === 0) return result(null, null, 'the group has no thread in the trailing months', false);
    const p0 = x0 / n0;
    if (p0 === 0)
      return result(0, null, 'the category never occurred in the trailing months', m.count >= rule.minCount);
    if (p0 === 1) return result(1, null, 'the category was every thread of the trailing months', false);
    const z = (m.count - m.total * p0) / Math.sqrt(m.total * p0 * (1 - p0));
    return result(p0, z, null, z > rule.zAbove && m.count >= rule.minCount);
  });
}

function assertRule(rule: TrendAlertRule): void {
  if (!Number.isInteger(rule.trailingMonths) || rule.trailingMonths < 1)
    throw new Error('trendAlerts: trailingMonths must be a positive integer');
  if (!Number.isInteger(rule.minCount) || rule.minCount < 1)
    throw new Error('trendAlerts: minCount must be a positive integer');
  if (!Number.isFinite(rule.zAbove)) throw new Error('trendAlerts: zAbove must be finite');
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0, so that consecutive months differ by 1; null when not 'YYYY-MM'. */
export function monthIndex(month: string): number | null {
  const m = MONTH.exec(month);
  return m === null ? null : Number(m[1]) * 12 + Number(m[2]) - 1;
}
