import { useQuery } from '@tanstack/react-query';
import type { StudyId } from '../../../domain/ids';
import { reviewerQueries } from '../../../queries/reviewer-queries';
import { sampleQueries } from '../../../queries/sample-queries';
import { studyQueries } from '../../../queries/study-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Alert } from '../../../ui/alert';
import { DrawSampleForm } from './draw-sample-form';
import { ImportLabelsFiles } from './import-labels-files';
import { ReviewersPanel } from './reviewers-panel';
import { SamplesList } from './samples-list';

export function SamplesPage({ studyId }: { studyId: StudyId }) {
  const study = useQuery(studyQueries.detail(studyId));
  const samples = useQuery(sampleQueries.list(studyId));
  const { data: reviewers = [] } = useQuery(reviewerQueries.list(studyId));
  useDocumentTitle('Samples', study.data?.name);
  if (study.isPending || samples.isPending) return <p role="status">Loading samples…</p>;
  if (!study.data) return <Alert tone="info" title="This study does not exist." />;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <h1 className="text-xl font-semibold">Samples of {study.data.name}</h1>
      <ReviewersPanel studyId={studyId} />
      <section aria-labelledby="samples-heading" className="space-y-2">
        <h2 id="samples-heading" className="text-lg font-semibold">
          Samples
        </h2>
        <SamplesList samples={samples.data ?? []} reviewers={reviewers} />
      </section>
      <ImportLabelsFiles studyId={studyId} />
      <DrawSampleForm study={study.data} sampleCount={samples.data?.length ?? 0} />
    </div>
  );
}
