import type { ModelGoldReport } from '../../../../domain/agreement/model-gold-report';
import { formatStatistic, intervalOf } from '../../../../domain/report/report-format';
import { formatCount } from '../../../../domain/format-count';
import { BarChart } from '../../../../ui/charts/bar-chart';
import { ChartFigure } from '../../../../ui/charts/chart-figure';

/** The LLM's F1 per category against the gold labels, with support and the bootstrap interval when computed. */
export function F1Figure({ gold, model, fileName }: { gold: ModelGoldReport; model: string; fileName: string }) {
  const bars = gold.perCategory.map((c) => {
    const i = intervalOf(c.f1, 'bootstrap');
    return {
      label: c.category,
      value: c.f1.value,
      text: `${c.f1.value === null ? 'undefined' : formatStatistic(c.f1.value)} (n = ${formatCount(c.support)})`,
      interval: 'none' in i ? null : i,
    };
  });
  const withIntervals = bars.some((b) => b.interval !== null);
  return (
    <ChartFigure
      name="per-category F1"
      fileName={`${fileName}-f1-per-category`}
      caption={
        <>
          <strong>F1 per category.</strong> The LLM ({model}) against the gold labels; n is the support (threads with
          that gold label).
          {withIntervals ? ' Whiskers: 95% percentile bootstrap intervals.' : ''}
        </>
      }
    >
      {(ref) => (
        <BarChart
          ref={ref}
          title={`F1 per category: ${model} against the gold labels`}
          description={bars.map((b) => `${b.label}: ${b.text}`).join('; ')}
          bars={bars}
          max={1}
          axisTitle="F1"
          tickFormat={(t) => t.toFixed(1)}
        />
      )}
    </ChartFigure>
  );
}
