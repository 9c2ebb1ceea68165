import {
  computeAgreementReport,
  type AgreementReport,
  type AgreementReportOptions,
} from '../domain/agreement/agreement-report';
import type { BootstrapOptions } from '../domain/agreement/bootstrap';
import type { RatingRow, RatingsMatrix } from '../domain/agreement/ratings-matrix';
import type { ModelComparison } from '../domain/corpus/model-comparison';
import { compareRunRows } from '../domain/report/run-comparison-rows';
import { createWorkerRpc } from '../lib/worker-rpc';
import type { AgreementTask } from '../workers/agreement-protocol';

// One agreement worker for the page: the sample view, the report and the run comparison share it.
const inWorker = createWorkerRpc<AgreementTask, AgreementReport | ModelComparison>(
  () =>
    new Worker(new URL('../workers/agreement.worker.ts', import.meta.url), {
      type: 'module',
      name: 'concord-agreement',
    }),
);

/** The report; a bootstrap (up to seconds) runs off the page's thread where workers exist (not in jsdom). */
export function computeAgreement(matrix: RatingsMatrix, options: AgreementReportOptions): Promise<AgreementReport> {
  return options.bootstrap !== undefined && typeof Worker !== 'undefined'
    ? (inWorker({ kind: 'report', matrix, options }) as Promise<AgreementReport>)
    : Promise.resolve(computeAgreementReport(matrix, options));
}

/** Two runs compared on gold labels (its bootstrap always runs), in the worker where there is one. */
export function computeRunComparison(
  rows: RatingRow[],
  raters: [string, string],
  gold: Map<string, string>,
  options: BootstrapOptions,
): Promise<ModelComparison> {
  return typeof Worker !== 'undefined'
    ? (inWorker({ kind: 'run-comparison', rows, raters, gold, options }) as Promise<ModelComparison>)
    : Promise.resolve(compareRunRows(rows, raters, gold, options));
}
