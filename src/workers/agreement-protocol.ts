import type { AgreementReportOptions } from '../domain/agreement/agreement-report';
import type { BootstrapOptions } from '../domain/agreement/bootstrap';
import type { RatingRow, RatingsMatrix } from '../domain/agreement/ratings-matrix';

/** What the agreement worker computes: an agreement report, or two LLM runs compared on gold labels. */
export type AgreementTask =
  | { kind: 'report'; matrix: RatingsMatrix; options: AgreementReportOptions }
  | {
      kind: 'run-comparison';
      rows: RatingRow[];
      raters: [string, string];
      gold: Map<string, string>;
      options: BootstrapOptions;
    };
