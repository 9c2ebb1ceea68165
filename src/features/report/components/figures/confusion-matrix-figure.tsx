import type { ModelGoldReport } from '../../../../domain/agreement/model-gold-report';
import { formatCount } from '../../../../domain/format-count';
import { ChartFigure } from '../../../../ui/charts/chart-figure';
import { HeatMap } from '../../../../ui/charts/heat-map';

/** The LLM's labels against the gold labels: counts, gold in rows, LLM in columns. */
export function ConfusionMatrixFigure({
  gold,
  model,
  fileName,
}: {
  gold: ModelGoldReport;
  model: string;
  fileName: string;
}) {
  const max = Math.max(0, ...gold.confusion.flat());
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
        </>
      }
    >
      {(ref) => (
        <HeatMap
          ref={ref}
          title={title}
          description={`Rows: gold label; columns: LLM label; each cell the number of threads, ${formatCount(gold.items)} in all.`}
          rowLabels={gold.categories}
          columnLabels={gold.categories}
          values={gold.confusion}
          cellText={(v) => (v === null ? '' : formatCount(v))}
          domain={[0, max]}
          rowAxisTitle="Gold label"
          columnAxisTitle={`LLM label (${model})`}
        />
      )}
    </ChartFigure>
  );
}
