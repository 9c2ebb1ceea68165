import { queryOptions } from '@tanstack/react-query';
import { listReviewers } from '../db/repos/reviewers';
import { listSamples } from '../db/repos/samples';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import { db } from './database';

export interface WorkspaceQueue {
  sampleId: SampleId;
  reviewerId: ReviewerId;
}

/**
 * The one queue of a reviewer workspace: a packet copies exactly one sample and one reviewer
 * profile into its study, so both are found by listing (the workspace record names neither id).
 */
async function readWorkspaceQueue(studyId: StudyId): Promise<WorkspaceQueue> {
  const [samples, reviewers] = await Promise.all([listSamples(db(), studyId), listReviewers(db(), studyId)]);
  const [sample] = samples;
  const reviewer = reviewers.find((r) => sample?.reviewerIds.includes(r.reviewerId));
  if (samples.length !== 1 || !sample || !reviewer) {
    throw new Error(
      `This reviewer workspace holds ${samples.length} samples and ${reviewers.length} reviewers; a packet brings one of each. Open the packet again.`,
    );
  }
  return { sampleId: sample.sampleId, reviewerId: reviewer.reviewerId };
}

export const workspaceQueries = {
  all: () => ['workspaces'] as const,
  queue: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'queue', { studyId }],
      queryFn: () => readWorkspaceQueue(studyId),
    }),
};
