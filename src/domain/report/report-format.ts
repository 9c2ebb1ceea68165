import type { Estimate } from '../agreement/estimate';

/**
 * Statistic formats shared by the report screen and the methods paragraph, so a value reads the
 * same in both and in `npm run agreement`'s JSON rounded to 3 decimals (counts: lib/format.ts).
 */

/** A statistic to 3 decimals (`toFixed(3)`, as an e2e test compares with the CLI's JSON). */
export const formatStatistic = (x: number): string => x.toFixed(3);

/** Which 95% interval a report shows: the analytic one, or the percentile bootstrap. */
export type IntervalKind = 'analytic' | 'bootstrap';

/** The interval's bounds, or null (with why, when the statistic has a reason) when there is none. */
export function intervalOf(
  e: Estimate,
  kind: IntervalKind,
): { lower: number; upper: number } | { none: string | null } {
  if (kind === 'analytic') return e.ci ?? { none: null };
  const b = e.bootstrap;
  if (b === null) return { none: null };
  if (b.lower === null || b.upper === null) return { none: b.reason };
  return { lower: b.lower, upper: b.upper };
}

/** "0.430 to 0.600", or null when there is no interval. */
export function formatInterval(e: Estimate, kind: IntervalKind): string | null {
  const i = intervalOf(e, kind);
  return 'none' in i ? null : `${formatStatistic(i.lower)} to ${formatStatistic(i.upper)}`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
