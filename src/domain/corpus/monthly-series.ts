import { monthIndex, type MonthCount } from './trend-alerts.ts';

/** What a monthly series needs of a thread: when (ISO 8601, UTC) and its label. */
export interface DatedLabel {
  readonly createdAt: string | null;
  readonly label: string | null;
}

/**
 * The monthly counts `trendAlerts` reads, from a group's threads (the caller picks the group,
 * e.g. the threads of non-clinical departments): per calendar month (UTC, the first seven
 * characters of an ISO 8601 `createdAt`), `count` = threads labeled `category`, `total` = labeled
 * threads. Every month from the first to the last dated labeled thread is present, zeros
 * included, so the series is consecutive; `from`/`to` ('YYYY-MM') widen or narrow it.
 *
 * Threads without a date or a label are left out and counted in `undated` and `unlabeled`.
 * Preconditions (each throws, naming the function): `from` and `to` are 'YYYY-MM' when given,
 * `from` ≤ `to`; a `createdAt` that is given starts with 'YYYY-MM'.
 */
export function monthlySeries(
  threads: readonly DatedLabel[],
  category: string,
  range: { from?: string; to?: string } = {},
): { series: MonthCount[]; undated: number; unlabeled: number } {
  const counts = new Map<number, { count: number; total: number }>();
  let undated = 0;
  let unlabeled = 0;
  for (const t of threads) {
    if (t.label === null) {
      unlabeled += 1;
      continue;
    }
    if (t.createdAt === null) {
      undated += 1;
      continue;
    }
    const m = monthIndex(t.createdAt.slice(0, 7));
    if (m === null)
      throw new Error(`monthlySeries: createdAt ${JSON.stringify(t.createdAt)} does not start with YYYY-MM`);
    const c = counts.get(m) ?? { count: 0, total: 0 };
    c.total += 1;
    if (t.label === category) c.count += 1;
    counts.set(m, c);
  }
  const bound = (name: string, month: string | undefined, fallback: number) => {
    if (month === undefined) return fallback;
    const m = monthIndex(month);
    if (m === null) throw new Error(`monthlySeries: ${name} must be a YYYY-MM month (got ${JSON.stringify(month)})`);
    return m;
  };
  const known = [...counts.keys()];
  const first = bound('from', range.from, known.length === 0 ? 0 : Math.min(...known));
  const last = bound('to', range.to, known.length === 0 ? -1 : Math.max(...known));
  if (range.from !== undefined && range.to !== undefined && first > last)
    throw new Error('monthlySeries: from must not be after to');
  const series: MonthCount[] = [];
  for (let m = first; m <= last; m++) {
    const c = counts.get(m) ?? { count: 0, total: 0 };
    series.push({
      month: `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`,
      ...c,
    });
  }
  return { series, undated, unlabeled };
}
