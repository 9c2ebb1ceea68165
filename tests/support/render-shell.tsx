import { Route, Switch } from 'wouter';
import { AppLayout } from '../../src/app/app-layout';
import { paths } from '../../src/lib/paths';
import { SittingGate } from '../../src/app/sitting-gate';
import { WorkspaceGate } from '../../src/app/workspace-gate';
import type { ConcordDatabase } from '../../src/db/database';
import { asReviewerId, asSampleId, asStudyId } from '../../src/domain/ids';
import { LabelingPage } from '../../src/features/labeling/components/labeling-page';
import { SamplesPage } from '../../src/features/samples/components/samples-page';
import { StudiesPage } from '../../src/features/studies/components/studies-page';
import { ThreadsPage } from '../../src/features/threads/components/threads-page';
import { renderApp } from './render-app';

/** The app's shell and both gates around the routes a sitting or a workspace is about. */
export function renderShell(db: ConcordDatabase, path: string) {
  return renderApp(
    <AppLayout>
      <SittingGate>
        <WorkspaceGate>
          <Switch>
            <Route path={paths.studies.pattern}>
              <StudiesPage />
            </Route>
            <Route path={paths.samples.pattern}>{(p) => <SamplesPage studyId={asStudyId(p.studyId)} />}</Route>
            <Route path={paths.label.pattern}>
              {(p) => (
                <LabelingPage
                  studyId={asStudyId(p.studyId)}
                  sampleId={asSampleId(p.sampleId)}
                  reviewerId={asReviewerId(p.reviewerId)}
                />
              )}
            </Route>
            <Route path={paths.threads.pattern}>
              {(p) => <ThreadsPage studyId={asStudyId(p.studyId)} threadId={null} />}
            </Route>
          </Switch>
        </WorkspaceGate>
      </SittingGate>
    </AppLayout>,
    { db, path },
  );
}
