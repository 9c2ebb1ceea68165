/// <reference lib="webworker" />
import { computeAgreementReport } from '../domain/agreement/agreement-report';
import { compareRunRows } from '../domain/report/run-comparison-rows';
import { serveRpc } from '../lib/worker-rpc';
import type { AgreementTask } from './agreement-protocol';

// The bootstrap takes up to seconds on 30,000 items: it never runs on the page's thread.
serveRpc(self as unknown as DedicatedWorkerGlobalScope, (t: AgreementTask) =>
  t.kind === 'report'
    ? computeAgreementReport(t.matrix, t.options)
    : compareRunRows(t.rows, t.raters, t.gold, t.options),
);
