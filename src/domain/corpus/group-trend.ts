import type { ThreadMeta } from '../threads/thread-meta';
import { monthlySeries } from './monthly-series';
import { trendAlerts, type MonthAlert, type TrendAlertRule } from './trend-alerts';

export interface GroupTrend {
  readonly months: MonthAlert[];
  /** The threads of the group with the category in each flagged month (the alert's evidence). */
  readonly threadsOfAlert: ReadonlyMap<string, string[]>;
}

/**
 * Trend alerts of one category within one group of threads (e.g. Answer Medical Knowledge
 * Questions in non-clinician roles): the group's labeled threads by month (`monthlySeries`),
 * tested by `trendAlerts` under `rule`, with the ids of the threads behind each flagged month.
 * Threads without a label or a date are left out, as in `monthlySeries`.
 */
export function groupTrend(
  threads: readonly ThreadMeta[],
  labelOf: ReadonlyMap<string, string>,
  inGroup: (thread: ThreadMeta) => boolean,
  category: string,
  rule?: TrendAlertRule,
): GroupTrend {
  const group = threads.filter(inGroup);
  const labelOfThread = (t: ThreadMeta) => {
    const l = labelOf.get(t.threadId);
    return l === undefined || l === '' ? null : l;
  };
  const { series } = monthlySeries(
    group.map((t) => ({ createdAt: t.createdAt, label: labelOfThread(t) })),
    category,
  );
  const months = trendAlerts(series, rule);
  const flagged = new Set(months.filter((m) => m.flagged).map((m) => m.month));
  const threadsOfAlert = new Map<string, string[]>([...flagged].map((m) => [m, []]));
  for (const t of group) {
    const month = t.createdAt?.slice(0, 7);
    if (month !== undefined && flagged.has(month) && labelOfThread(t) === category)
      threadsOfAlert.get(month)!.push(t.threadId);
  }
  return { months, threadsOfAlert };
}
