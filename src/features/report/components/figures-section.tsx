import type { AgreementReport } from '../../../domain/agreement/agreement-report';
import { LLM_RATER } from '../../../domain/agreement/sample-ratings';
import { categoryDistribution } from '../../../domain/report/category-distribution';
import type { ReportData } from '../../../queries/report-queries';
import { CategoryDistributionFigure } from './figures/category-distribution-figure';
import { ConfusionMatrixFigure } from './figures/confusion-matrix-figure';
import { F1Figure } from './figures/f1-figure';
import { KappaMatrixFigure } from './figures/kappa-matrix-figure';

/** The four figures a paper can use, each downloadable as SVG and PNG. */
export function FiguresSection({
  data,
  report,
  fileName,
}: {
  data: ReportData;
  report: AgreementReport;
  fileName: string;
}) {
  const gold = report.model?.gold ?? null;
  const model = data.llmModel ?? LLM_RATER;
  // The newest codebook's MedHELM mapping wins when a category is in several versions.
  const categories = [...data.samples]
    .sort((a, b) => b.codebook.version - a.codebook.version)
    .flatMap((s) => s.codebook.categories);
  const fromGold = data.gold.size > 0;
  const labels = fromGold
    ? [...data.gold.values()]
    : data.rows.flatMap((r) => (r.raterId !== LLM_RATER && r.label !== null ? [r.label] : []));
  const source = fromGold ? 'gold labels' : "reviewers' labels";
  return (
    <section aria-labelledby="figures-heading" className="space-y-4">
      <h2 id="figures-heading" className="text-lg font-semibold">
        Figures
      </h2>
      {gold === null ? (
        <p className="text-sm">
          The confusion matrix and the F1 bars need LLM labels and at least one thread with a final (gold) label.
        </p>
      ) : (
        <>
          <ConfusionMatrixFigure gold={gold} model={model} fileName={fileName} />
          <F1Figure gold={gold} model={model} fileName={fileName} />
        </>
      )}
      <KappaMatrixFigure report={report} fileName={fileName} />
      {labels.length === 0 ? (
        <p className="text-sm">
          The category distribution needs labels: no reviewer has labeled a thread of these samples yet.
        </p>
      ) : (
        <CategoryDistributionFigure
          shares={categoryDistribution(labels, categories)}
          source={source}
          total={labels.length}
          fileName={fileName}
        />
      )}
    </section>
  );
}
