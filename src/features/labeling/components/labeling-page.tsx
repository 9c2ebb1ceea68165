import { useQuery } from '@tanstack/react-query';
import type { ReviewerId, SampleId, StudyId } from '../../../domain/ids';
import { codebookQueries } from '../../../queries/codebook-queries';
import { ratingQueries } from '../../../queries/rating-queries';
import { reviewerQueries } from '../../../queries/reviewer-queries';
import { sampleQueries } from '../../../queries/sample-queries';
import { Alert } from '../../../ui/alert';
import { LabelingWorkspace } from './labeling-workspace';

interface Props {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  /** Where reviewer packets exist (issue #12, packets): the end of the queue offers "Send labels back". */
  sendLabelsBack?: () => void;
}

export function LabelingPage({ studyId, sampleId, reviewerId, sendLabelsBack }: Props) {
  const sample = useQuery(sampleQueries.detail(studyId, sampleId));
  const reviewers = useQuery(reviewerQueries.list(studyId));
  const ratings = useQuery(ratingQueries.forReviewer(studyId, sampleId, reviewerId));
  const pending = useQuery(ratingQueries.pendingForReviewer(studyId, sampleId, reviewerId));
  const version = sample.data?.codebookVersion ?? 0;
  const codebook = useQuery({ ...codebookQueries.version(studyId, version), enabled: version > 0 });

  const error = sample.error ?? reviewers.error ?? ratings.error ?? pending.error ?? codebook.error;
  if (error)
    return (
      <Alert tone="error" title="The sample could not be opened">
        {String(error)}
      </Alert>
    );
  if (!sample.isSuccess || !reviewers.data || !ratings.data || !pending.data || !codebook.data)
    return <p role="status">Opening your queue…</p>;
  if (!sample.data) return <Alert tone="info" title="This sample does not exist." />;
  const reviewer = reviewers.data.find((r) => r.reviewerId === reviewerId);
  if (!reviewer || !sample.data.reviewerIds.includes(reviewerId)) {
    return <Alert tone="error" title="This reviewer does not label this sample." />;
  }
  return (
    <LabelingWorkspace
      sample={sample.data}
      reviewer={reviewer}
      categories={codebook.data.categories}
      ratings={ratings.data}
      pending={pending.data}
      sendLabelsBack={sendLabelsBack}
    />
  );
}
