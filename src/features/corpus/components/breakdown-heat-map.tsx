import type { CrossTab, LabelShare } from '../../../domain/corpus/corpus-breakdown';
import { formatCount } from '../../../domain/format-count';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { HeatMap } from '../../../ui/charts/heat-map';
import { CsvDownloadButton } from './csv-download-button';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * A grouping of the population (department, role, role group, month) by LLM label: each cell
 * the share of the row's labeled threads with that label, and the count; downloadable as
 * SVG, PNG and CSV.
 */
export function BreakdownHeatMap({
  name,
  rowAxisTitle,
  tab,
  labels,
  fileName,
}: {
  /** In words, lower case: "shares by department". */
  name: string;
  rowAxisTitle: string;
  tab: CrossTab;
  labels: readonly LabelShare[];
  fileName: string;
}) {
  const shares = tab.counts.map((row, r) => row.map((n) => (tab.rowTotals[r] === 0 ? null : n / tab.rowTotals[r]!)));
  return (
    <section aria-label={name[0]!.toUpperCase() + name.slice(1)} className="space-y-2">
      <ChartFigure
        name={name}
        fileName={`${fileName}-${name.replaceAll(' ', '-')}`}
        caption={
          <>
            <strong>{name[0]!.toUpperCase() + name.slice(1)}.</strong> Share of each {rowAxisTitle.toLowerCase()}'s
            labeled threads with each LLM label (count in brackets).
          </>
        }
      >
        {(ref) => (
          <HeatMap
            ref={ref}
            title={`LLM labels, ${name}`}
            description={tab.rows
              .map(
                (row, r) =>
                  `${row}: ${labels.map((l, c) => `${l.label} ${percent(shares[r]![c] ?? 0)} (${tab.counts[r]![c]})`).join(', ')}`,
              )
              .join('; ')}
            rowLabels={tab.rows.map((row, r) => `${row} (${formatCount(tab.rowTotals[r]!)})`)}
            columnLabels={labels.map((l) => l.label)}
            values={shares}
            domain={[0, 1]}
            rowAxisTitle={rowAxisTitle}
            columnAxisTitle="LLM label"
            cellText={(v, r, c) => (v === null ? '–' : `${percent(v)} (${tab.counts[r]![c]})`)}
          />
        )}
      </ChartFigure>
      <CsvDownloadButton
        label={`Download ${name} as CSV`}
        fileName={`${fileName}-${name.replaceAll(' ', '-')}.csv`}
        fields={[rowAxisTitle.toLowerCase(), 'label', 'count', 'row_total', 'share']}
        rows={() =>
          tab.rows.flatMap((row, r) =>
            labels.map((l, c) => [
              row,
              l.label,
              String(tab.counts[r]![c]),
              String(tab.rowTotals[r]),
              String(shares[r]![c] ?? ''),
            ]),
          )
        }
      />
    </section>
  );
}
