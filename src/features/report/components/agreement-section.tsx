import type { AgreementReport } from '../../../domain/agreement/agreement-report';
import { formatCount } from '../../../domain/format-count';
import type { BootstrapState } from './estimate-row';
import { agreementRows, categoryAgreementRows } from './statistic-rows';
import { StatisticsTable } from './statistics-table';

/** Agreement among the reviewers: the main statistics, then Fleiss' kappa per category. */
export function AgreementSection({ report, bootstrap }: { report: AgreementReport; bootstrap: BootstrapState }) {
  return (
    <section aria-labelledby="agreement-heading" className="space-y-4">
      <h2 id="agreement-heading" className="text-lg font-semibold">
        Agreement among the reviewers
      </h2>
      <StatisticsTable
        label="Agreement among the reviewers"
        bootstrap={bootstrap}
        rows={agreementRows(report)}
        caption={
          <>
            {formatCount(report.items)} threads, reviewers {report.raters.join(', ')}. Percent agreement and Fleiss'
            kappa use the threads every reviewer labeled; Cohen's kappa the threads both reviewers labeled;
            Krippendorff's alpha (nominal) every thread with at least two labels. Analytic intervals: Wilson for
            proportions, Wald for kappas (truncated to −1 and 1, a kappa's range, where they would pass it); readings
            after Landis and Koch (1977).
          </>
        }
      />
      {report.fleiss.items === 0 ? (
        <p className="text-sm">
          Agreement per category: Fleiss' kappa of each category is undefined: {report.fleiss.reason}.
        </p>
      ) : (
        <StatisticsTable
          label="Agreement per category"
          bootstrap={bootstrap}
          rows={categoryAgreementRows(report)}
          firstColumn="Category"
          caption={
            <>
              Agreement per category: Fleiss' kappa of each category against all others, over the threads every reviewer
              labeled. "Few items": the category was used on fewer than 10 of those threads, too few to compare it with
              the others.
            </>
          }
        />
      )}
    </section>
  );
}
