import type { ReactNode } from 'react';
import { EstimateRow, type BootstrapState, type StatisticRow } from './estimate-row';
import { WideTableScroll } from '../../../ui/wide-table-scroll';

/** A table of statistics, one per row, with an accessible row header for each. */
export function StatisticsTable({
  label,
  caption,
  rows,
  bootstrap,
  firstColumn = 'Statistic',
}: {
  /** The table's accessible name (the caption explains; the name is what a test or screen reader finds it by). */
  label: string;
  caption: ReactNode;
  rows: readonly StatisticRow[];
  bootstrap: BootstrapState;
  firstColumn?: string;
}) {
  return (
    <WideTableScroll label={label}>
      <table aria-label={label} className="w-full text-left text-sm">
        <caption className="pb-1 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-1 pr-3">
              {firstColumn}
            </th>
            <th scope="col" className="py-1 pr-3">
              Value
            </th>
            <th scope="col" className="py-1 pr-3">
              95% CI (analytic)
            </th>
            <th scope="col" className="py-1 pr-3">
              95% CI (bootstrap)
            </th>
            <th scope="col" className="py-1 pr-3">
              Reading
            </th>
            <th scope="col" className="py-1 text-right">
              Items
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <EstimateRow key={row.name} row={row} bootstrap={bootstrap} />
          ))}
        </tbody>
      </table>
    </WideTableScroll>
  );
}
