import type { CategoryShare } from '../../../../domain/report/category-distribution';
import { formatCount } from '../../../../domain/format-count';
import { BarChart } from '../../../../ui/charts/bar-chart';
import { ChartFigure } from '../../../../ui/charts/chart-figure';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * The category distribution of the sample as horizontal bars, like the study's usage figure,
 * each category with its MedHELM category and subcategory under its name.
 */
export function CategoryDistributionFigure({
  shares,
  source,
  total,
  fileName,
}: {
  shares: readonly CategoryShare[];
  /** What was counted, in words: "gold labels" or "reviewers' labels". */
  source: string;
  total: number;
  fileName: string;
}) {
  const bars = shares.map((s) => ({
    label: s.category,
    sublabel: s.medhelm ? `${s.medhelm.category} › ${s.medhelm.subcategory}` : 'not in the codebook',
    value: s.share,
    text: `${percent(s.share)} (${formatCount(s.count)})`,
  }));
  return (
    <ChartFigure
      name="category distribution"
      fileName={`${fileName}-category-distribution`}
      caption={
        <>
          <strong>Category distribution.</strong> Share of the {formatCount(total)} {source} in each category, with its
          MedHELM category › subcategory.
        </>
      }
    >
      {(ref) => (
        <BarChart
          ref={ref}
          title={`Category distribution of the ${source}`}
          description={bars.map((b) => `${b.label} (${b.sublabel}): ${b.text}`).join('; ')}
          bars={bars}
          max={Math.max(0, ...shares.map((s) => s.share))}
          axisTitle={`Share of ${source}`}
          tickFormat={(t) => `${Number((t * 100).toFixed(1))}%`}
        />
      )}
    </ChartFigure>
  );
}
