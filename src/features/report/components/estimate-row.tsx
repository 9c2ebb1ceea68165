import type { Estimate } from '../../../domain/agreement/estimate';
import { landisKochReading } from '../../../domain/agreement/landis-koch';
import { formatInterval, formatStatistic, intervalOf } from '../../../domain/report/report-format';
import { formatCount } from '../../../domain/format-count';

export interface StatisticRow {
  /** The row header: what an e2e test looks the row up by ("Fleiss' kappa"). */
  name: string;
  estimate: Estimate;
  items: number | null;
  /** Show Landis & Koch's reading (kappas and alpha). */
  reading: boolean;
  /** A "few items" mark shown with the items, for a statistic resting on fewer than 10. */
  fewItems?: string;
}

/** Whether the report in view has bootstrap intervals, is still computing them, or has none. */
export type BootstrapState = 'done' | 'computing' | 'unavailable';

function bootstrapText(e: Estimate, state: BootstrapState): string {
  if (state === 'computing') return 'computing…';
  if (state === 'unavailable' || e.value === null) return '—';
  const text = formatInterval(e, 'bootstrap');
  if (text !== null) return text;
  const i = intervalOf(e, 'bootstrap');
  return 'none' in i && i.none ? `none (${i.none})` : '—';
}

/**
 * One statistic: the value to 3 decimals (what the CLI's JSON rounds to), or "undefined" and
 * why; the analytic and bootstrap 95% intervals; Landis & Koch's reading; the items used.
 */
export function EstimateRow({ row, bootstrap }: { row: StatisticRow; bootstrap: BootstrapState }) {
  const e = row.estimate;
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        {row.name}
      </th>
      <td className="py-1 pr-3 font-mono tabular-nums">
        {e.value === null ? (
          <>
            undefined <span className="font-sans text-xs text-slate-600">({e.reason})</span>
          </>
        ) : (
          formatStatistic(e.value)
        )}
      </td>
      <td className="whitespace-nowrap py-1 pr-3 font-mono tabular-nums">{formatInterval(e, 'analytic') ?? '—'}</td>
      <td className="whitespace-nowrap py-1 pr-3 font-mono tabular-nums">{bootstrapText(e, bootstrap)}</td>
      <td className="py-1 pr-3">{row.reading ? (landisKochReading(e.value) ?? '—') : ''}</td>
      <td className="py-1 text-right tabular-nums">
        {row.items === null ? '' : formatCount(row.items)}
        {row.fewItems && <span className="block text-xs text-amber-800">{row.fewItems}</span>}
      </td>
    </tr>
  );
}
