import { useQuery } from '@tanstack/react-query';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import { LabelingPage } from '../features/labeling/components/labeling-page';
import { SendLabelsBack } from '../features/studies/components/send-labels-back';
import { studyQueries } from '../queries/study-queries';

interface Props {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
}

/**
 * The labeling page; in a reviewer workspace its end of the queue offers "Send labels back".
 * Composed here because a feature never imports another (the button belongs to the studies page).
 */
export function LabelingRoute({ studyId, sampleId, reviewerId }: Props) {
  const study = useQuery(studyQueries.detail(studyId));
  const sendLabelsBack = study.data?.workspace ? <SendLabelsBack study={study.data} /> : undefined;
  return <LabelingPage studyId={studyId} sampleId={sampleId} reviewerId={reviewerId} sendLabelsBack={sendLabelsBack} />;
}
