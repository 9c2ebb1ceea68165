import type { AgreementReport } from '../../../domain/agreement/agreement-report';
import { formatCount } from '../../../domain/format-count';
import { CategoryMetricsTable } from './category-metrics-table';
import type { BootstrapState } from './estimate-row';
import { goldRows, llmReviewerRows } from './statistic-rows';
import { StatisticsTable } from './statistics-table';

/** The LLM against each reviewer (Cohen's kappa) and against the gold labels. */
export function LlmSection({
  report,
  model,
  bootstrap,
}: {
  report: AgreementReport;
  model: string;
  bootstrap: BootstrapState;
}) {
  const gold = report.model?.gold ?? null;
  return (
    <section aria-labelledby="llm-heading" className="space-y-4">
      <h2 id="llm-heading" className="text-lg font-semibold">
        The LLM ({model})
      </h2>
      <StatisticsTable
        label="The LLM against each reviewer"
        bootstrap={bootstrap}
        rows={llmReviewerRows(report)}
        caption={<>The LLM against each reviewer: Cohen's kappa over the threads both labeled.</>}
      />
      {gold === null ? (
        <p className="text-sm">
          No thread has a final (gold) label yet: decide disagreements to compare the LLM with the gold labels.
        </p>
      ) : (
        <>
          <StatisticsTable
            label="The LLM against the gold labels"
            bootstrap={bootstrap}
            rows={goldRows(gold)}
            caption={
              <>
                The LLM against the gold labels, over the {formatCount(gold.items)} threads with both
                {gold.goldWithoutModelLabel > 0
                  ? ` (${formatCount(gold.goldWithoutModelLabel)} gold-labeled threads without an LLM label are left out)`
                  : ''}
                . Accuracy has a Wilson interval; F1s only the bootstrap.
              </>
            }
          />
          <CategoryMetricsTable gold={gold} bootstrap={bootstrap} />
        </>
      )}
    </section>
  );
}
