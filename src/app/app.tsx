import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { StudiesPage } from '../features/studies/components/studies-page';
import { ThreadsPage } from '../features/threads/components/threads-page';
import { CodebookPage } from '../features/codebook/components/codebook-page';
import { ImportPage } from '../features/import/components/import-page';
import { LabelingPage } from '../features/labeling/components/labeling-page';
import { SamplesPage } from '../features/samples/components/samples-page';
import { DecisionsPage } from '../features/decisions/components/decisions-page';
import { ReportPage } from '../features/report/components/report-page';
import { ExportsPage } from '../features/exports/components/exports-page';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../domain/ids';
import { syncAcrossTabs } from '../queries/cross-tab-sync';
import { useSeedDemoStudy } from '../queries/demo-queries';
import { Alert } from '../ui/alert';
import { errorMessage } from '../ui/error-message';
import { AppLayout } from './app-layout';
import { paths } from '../lib/paths';
import { RouteErrorBoundary } from './route-error-boundary';

function Routes() {
  const seed = useSeedDemoStudy();
  const { mutate } = seed;
  useEffect(() => mutate(), [mutate]);
  if (seed.isPending || seed.isIdle) return <p role="status">Opening Concord…</p>;
  return (
    <>
      {seed.isError && <Alert tone="error" title="The demo study could not be loaded">{errorMessage(seed.error)}</Alert>}
      <RouteErrorBoundary>
        <Switch>
          <Route path={paths.studies.pattern}><StudiesPage /></Route>
          <Route path={paths.codebook.pattern}>{(p) => <CodebookPage studyId={asStudyId(p.studyId)} />}</Route>
          <Route path={paths.samples.pattern}>{(p) => <SamplesPage studyId={asStudyId(p.studyId)} />}</Route>
          <Route path={paths.label.pattern}>
            {(p) => <LabelingPage studyId={asStudyId(p.studyId)} sampleId={asSampleId(p.sampleId)} reviewerId={asReviewerId(p.reviewerId)} />}
          </Route>
          <Route path={paths.decide.pattern}>{(p) => <DecisionsPage studyId={asStudyId(p.studyId)} sampleId={asSampleId(p.sampleId)} />}</Route>
          <Route path={paths.report.pattern}>{(p) => <ReportPage studyId={asStudyId(p.studyId)} />}</Route>
          <Route path={paths.exports.pattern}>{(p) => <ExportsPage studyId={asStudyId(p.studyId)} />}</Route>
          <Route path={paths.importThreads.pattern}>{(p) => <ImportPage studyId={asStudyId(p.studyId)} />}</Route>
          <Route path={paths.thread.pattern}>{(p) => <ThreadsPage studyId={asStudyId(p.studyId)} threadId={asThreadId(p.threadId)} />}</Route>
          <Route path={paths.threads.pattern}>{(p) => <ThreadsPage studyId={asStudyId(p.studyId)} threadId={null} />}</Route>
          <Route><Alert tone="info" title="There is nothing at this address." /></Route>
        </Switch>
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
