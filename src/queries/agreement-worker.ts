import {
  computeAgreementReport,
  type AgreementReport,
  type AgreementReportOptions,
} from '../domain/agreement/agreement-report';
import type { RatingsMatrix } from '../domain/agreement/ratings-matrix';
import { createWorkerRpc } from '../lib/worker-rpc';

// One agreement worker for the page: the sample view and the report share it.
const inWorker = createWorkerRpc<{ matrix: RatingsMatrix; options: AgreementReportOptions }, AgreementReport>(
  () =>
    new Worker(new URL('../workers/agreement.worker.ts', import.meta.url), {
      type: 'module',
      name: 'concord-agreement',
    }),
);

/** The report; a bootstrap (up to seconds) runs off the page's thread where workers exist (not in jsdom). */
export function computeAgreement(matrix: RatingsMatrix, options: AgreementReportOptions): Promise<AgreementReport> {
  return options.bootstrap !== undefined && typeof Worker !== 'undefined'
    ? inWorker({ matrix, options })
    : Promise.resolve(computeAgreementReport(matrix, options));
}
