import type { ModelGoldReport } from '../../../../domain/agreement/model-gold-report';
import { formatCount } from '../../../../domain/format-count';
import type { StudyId } from '../../../../domain/ids';
import { ChartFigure } from '../../../../ui/charts/chart-figure';
import { HeatMap, heatMapGeometry } from '../../../../ui/charts/heat-map';
import { ConfusionCellLinks } from './confusion-cell-links';

/** The LLM's labels against the gold labels: counts, gold in rows, LLM in columns; a cell with threads opens them. */
export function ConfusionMatrixFigure({
  gold,
  model,
  fileName,
  studyId,
}: {
  gold: ModelGoldReport;
  model: string;
  fileName: string;
  studyId: StudyId;
}) {
  const max = Math.max(0, ...gold.confusion.flat());
  const cellText = (v: number | null) => (v === null ? '' : formatCount(v));
  const labels = gold.categories;
  const geometry = heatMapGeometry({ rowLabels: labels, columnLabels: labels, values: gold.confusion, cellText });
  const title = `Confusion matrix: ${model} against the gold labels`;
  return (
    <ChartFigure
      name="confusion matrix"
      fileName={`${fileName}-confusion-matrix`}
      caption={
        <>
          <strong>Confusion matrix.</strong> Threads by gold label (rows) and the LLM's label ({model}, columns),{' '}
          {formatCount(gold.items)} threads with both; the diagonal holds the agreements. Darker cells hold more
          threads.
          <span className="print:hidden"> A cell with threads opens them.</span>
        </>
      }
    >
      {(ref) => (
        // The links sit over the drawing's cells: the box is the drawing's size, never scaled.
        <div className="relative w-max">
          <HeatMap
            ref={ref}
            title={title}
            description={`Rows: gold label; columns: LLM label; each cell the number of threads, ${formatCount(gold.items)} in all.`}
            rowLabels={gold.categories}
            columnLabels={gold.categories}
            values={gold.confusion}
            cellText={cellText}
            domain={[0, max]}
            rowAxisTitle="Gold label"
            columnAxisTitle={`LLM label (${model})`}
          />
          <ConfusionCellLinks
            studyId={studyId}
            categories={gold.categories}
            confusion={gold.confusion}
            geometry={geometry}
          />
        </div>
      )}
    </ChartFigure>
  );
}
