import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../domain/ids';
import { syncAcrossTabs } from '../queries/cross-tab-sync';
import { useSeedDemoStudy } from '../queries/demo-queries';
import { Alert } from '../ui/alert';
import { errorMessage } from '../ui/error-message';
import { AppLayout } from './app-layout';
import { paths } from '../lib/paths';
import { LiveReplication } from './live-replication';
import { RouteErrorBoundary } from './route-error-boundary';
import { SittingGate } from './sitting-gate';
import { WorkspaceGate } from './workspace-gate';

// Each page is its own chunk, loaded when its route opens, so the first load stays under its
// budget (issue #12): the XLSX library, d3 and the editors come only with the pages that use them.
const StudiesPage = lazy(() =>
  import('../features/studies/components/studies-page').then((m) => ({ default: m.StudiesPage })),
);
const ThreadsPage = lazy(() =>
  import('../features/threads/components/threads-page').then((m) => ({ default: m.ThreadsPage })),
);
const CodebookPage = lazy(() =>
  import('../features/codebook/components/codebook-page').then((m) => ({ default: m.CodebookPage })),
);
const ExampleCandidatesPage = lazy(() =>
  import('../features/codebook/components/example-candidates-page').then((m) => ({ default: m.ExampleCandidatesPage })),
);
const ExamplePicksPage = lazy(() =>
  import('../features/codebook/components/example-picks-page').then((m) => ({ default: m.ExamplePicksPage })),
);
const ImportPage = lazy(() =>
  import('../features/import/components/import-page').then((m) => ({ default: m.ImportPage })),
);
// The labeling page with, in a reviewer workspace, Send labels back at the end of the queue.
const LabelingRoute = lazy(() => import('./labeling-route').then((m) => ({ default: m.LabelingRoute })));
const SamplesPage = lazy(() =>
  import('../features/samples/components/samples-page').then((m) => ({ default: m.SamplesPage })),
);
const DecisionsPage = lazy(() =>
  import('../features/decisions/components/decisions-page').then((m) => ({ default: m.DecisionsPage })),
);
const ReportPage = lazy(() =>
  import('../features/report/components/report-page').then((m) => ({ default: m.ReportPage })),
);
const ConfusionCellPage = lazy(() =>
  import('../features/report/components/confusion-cell-page').then((m) => ({ default: m.ConfusionCellPage })),
);
const CorpusPage = lazy(() =>
  import('../features/corpus/components/corpus-page').then((m) => ({ default: m.CorpusPage })),
);
const ExportsPage = lazy(() =>
  import('../features/exports/components/exports-page').then((m) => ({ default: m.ExportsPage })),
);

function Routes() {
  const seed = useSeedDemoStudy();
  const { mutate } = seed;
  useEffect(() => mutate(), [mutate]);
  if (seed.isPending || seed.isIdle) return <p role="status">Opening Concord…</p>;
  return (
    <>
      {seed.isError && (
        <Alert tone="error" title="The demo study could not be loaded">
          {errorMessage(seed.error)}
        </Alert>
      )}
      <LiveReplication />
      <RouteErrorBoundary>
        <Suspense fallback={<p role="status">Opening the page…</p>}>
          <SittingGate>
            <WorkspaceGate>
              <Switch>
                <Route path={paths.studies.pattern}>
                  <StudiesPage />
                </Route>
                <Route path={paths.codebook.pattern}>{(p) => <CodebookPage studyId={asStudyId(p.studyId)} />}</Route>
                <Route path={paths.exampleCandidates.pattern}>
                  {(p) => <ExampleCandidatesPage studyId={asStudyId(p.studyId)} />}
                </Route>
                <Route path={paths.examplePicks.pattern}>
                  {(p) => <ExamplePicksPage studyId={asStudyId(p.studyId)} reviewerId={asReviewerId(p.reviewerId)} />}
                </Route>
                <Route path={paths.samples.pattern}>{(p) => <SamplesPage studyId={asStudyId(p.studyId)} />}</Route>
                <Route path={paths.label.pattern}>
                  {(p) => (
                    <LabelingRoute
                      studyId={asStudyId(p.studyId)}
                      sampleId={asSampleId(p.sampleId)}
                      reviewerId={asReviewerId(p.reviewerId)}
                    />
                  )}
                </Route>
                <Route path={paths.decide.pattern}>
                  {(p) => <DecisionsPage studyId={asStudyId(p.studyId)} sampleId={asSampleId(p.sampleId)} />}
                </Route>
                <Route path={paths.report.pattern}>{(p) => <ReportPage studyId={asStudyId(p.studyId)} />}</Route>
                <Route path={paths.confusionCell.pattern}>
                  {(p) => <ConfusionCellPage studyId={asStudyId(p.studyId)} />}
                </Route>
                <Route path={paths.corpus.pattern}>{(p) => <CorpusPage studyId={asStudyId(p.studyId)} />}</Route>
                <Route path={paths.exports.pattern}>{(p) => <ExportsPage studyId={asStudyId(p.studyId)} />}</Route>
                <Route path={paths.importThreads.pattern}>{(p) => <ImportPage studyId={asStudyId(p.studyId)} />}</Route>
                <Route path={paths.thread.pattern}>
                  {(p) => <ThreadsPage studyId={asStudyId(p.studyId)} threadId={asThreadId(p.threadId)} />}
                </Route>
                <Route path={paths.threads.pattern}>
                  {(p) => <ThreadsPage studyId={asStudyId(p.studyId)} threadId={null} />}
                </Route>
                <Route>
                  <Alert tone="info" title="There is nothing at this address." />
                </Route>
              </Switch>
            </WorkspaceGate>
          </SittingGate>
        </Suspense>
      </RouteErrorBoundary>
    </>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  useEffect(() => syncAcrossTabs(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <AppLayout>
        <Routes />
      </AppLayout>
    </QueryClientProvider>
  );
}
