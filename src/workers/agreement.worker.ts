/// <reference lib="webworker" />
import { computeAgreementReport, type AgreementReportOptions } from '../domain/agreement/agreement-report';
import type { RatingsMatrix } from '../domain/agreement/ratings-matrix';
import { serveRpc } from '../lib/worker-rpc';

// The bootstrap takes up to seconds on 30,000 items: it never runs on the page's thread.
serveRpc(
  self as unknown as DedicatedWorkerGlobalScope,
  (r: { matrix: RatingsMatrix; options: AgreementReportOptions }) => computeAgreementReport(r.matrix, r.options),
);
