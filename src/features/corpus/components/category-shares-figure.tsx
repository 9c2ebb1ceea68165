import type { MedhelmMapping } from '../../../domain/codebook/codebook';
import type { LabelShare } from '../../../domain/corpus/corpus-breakdown';
import type { CorrectedShare } from '../../../domain/corpus/reclassification-shares';
import { formatCount } from '../../../domain/format-count';
import { BarChart } from '../../../ui/charts/bar-chart';
import { ChartFigure } from '../../../ui/charts/chart-figure';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
export const medhelmText = (m: MedhelmMapping | undefined) =>
  m ? `${m.category} › ${m.subcategory}` : 'not in the codebook';

/**
 * The study's Figure 1: one horizontal bar per LLM label with its MedHELM category and
 * subcategory, most frequent first; with `corrected`, the corrected shares and their 95%
 * intervals instead (in the same order).
 */
export function CategorySharesFigure({
  labels,
  corrected,
  medhelm,
  labeled,
  fileName,
}: {
  labels: readonly LabelShare[];
  corrected: readonly CorrectedShare[] | null;
  medhelm: ReadonlyMap<string, MedhelmMapping>;
  labeled: number;
  fileName: string;
}) {
  const byLabel = new Map(corrected?.map((c) => [c.label, c]));
  const order = [
    ...labels.map((l) => l.label),
    ...(corrected ?? []).map((c) => c.label).filter((l) => !labels.some((x) => x.label === l)),
  ];
  const bars = order.map((label) => {
    const llm = labels.find((l) => l.label === label);
    const c = byLabel.get(label);
    if (corrected) {
      return {
        label,
        sublabel: medhelmText(medhelm.get(label)),
        value: c?.corrected ?? null,
        interval: c ? { lower: c.ci[0], upper: c.ci[1] } : null,
        text: c ? `${percent(c.corrected)} (${percent(c.ci[0])}–${percent(c.ci[1])})` : 'no estimate',
      };
    }
    return {
      label,
      sublabel: medhelmText(medhelm.get(label)),
      value: llm?.share ?? 0,
      text: `${percent(llm?.share ?? 0)} (${formatCount(llm?.count ?? 0)})`,
    };
  });
  const name = corrected ? 'corrected category shares' : 'category shares';
  const max = Math.max(0, ...bars.map((b) => Math.max(b.value ?? 0, b.interval?.upper ?? 0)));
  return (
    <ChartFigure
      name={name}
      fileName={`${fileName}-${name.replaceAll(' ', '-')}`}
      caption={
        corrected ? (
          <>
            <strong>Corrected category shares.</strong> Share of the {formatCount(labeled)} labeled threads in each
            category after correction for the LLM's errors on the gold labels, with 95% intervals, and its MedHELM
            category › subcategory.
          </>
        ) : (
          <>
            <strong>Category shares.</strong> Share of the {formatCount(labeled)} labeled threads by LLM label, with its
            MedHELM category › subcategory (the study's Figure 1).
          </>
        )
      }
    >
      {(ref) => (
        <BarChart
          ref={ref}
          title={corrected ? "Category shares corrected for the LLM's errors" : 'Category shares by LLM label'}
          description={bars.map((b) => `${b.label} (${b.sublabel}): ${b.text}`).join('; ')}
          bars={bars}
          max={max}
          axisTitle="Share of labeled threads"
          tickFormat={(t) => `${Number((t * 100).toFixed(1))}%`}
        />
      )}
    </ChartFigure>
  );
}
