import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { listPendingAnnotationsForReviewer, listRatingsForReviewer, listRatingsForSample } from '../db/repos/ratings';
import { addReviewer, listReviewers, type NewReviewer } from '../db/repos/reviewers';
import { createSample, getSample, listSampledThreadIds, listSamples, setRevealLlmAfterDone } from '../db/repos/samples';
import { getCodebookVersion } from '../db/repos/codebooks';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import type { Sample } from '../domain/study';
import { db } from './database';

export const sampleQueries = {
  all: () => ['samples'] as const,
  list: (studyId: StudyId) =>
    queryOptions({ queryKey: [...sampleQueries.all(), 'list', { studyId }], queryFn: () => listSamples(db(), studyId) }),
  detail: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({ queryKey: [...sampleQueries.all(), 'detail', { studyId, sampleId }], queryFn: () => getSample(db(), studyId, sampleId) }),
  sampledThreadIds: (studyId: StudyId) =>
    queryOptions({ queryKey: [...sampleQueries.all(), 'sampledThreadIds', { studyId }], queryFn: () => listSampledThreadIds(db(), studyId) }),
  codebookVersion: (studyId: StudyId, version: number) =>
    queryOptions({ queryKey: ['codebooks', 'detail', { studyId, version }], queryFn: () => getCodebookVersion(db(), studyId, version) }),
};

export const reviewerQueries = {
  all: () => ['reviewers'] as const,
  list: (studyId: StudyId) =>
    queryOptions({ queryKey: [...reviewerQueries.all(), 'list', { studyId }], queryFn: () => listReviewers(db(), studyId) }),
};

export const ratingQueries = {
  all: () => ['ratings'] as const,
  forReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId, reviewerId }],
      queryFn: async () => new Map((await listRatingsForReviewer(db(), studyId, sampleId, reviewerId)).map((r) => [r.threadId, r])),
    }),
  /** A reviewer's notes and flags on threads not labeled yet (under `ratings`: refreshed with them). */
  pendingForReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'pending', { studyId, sampleId, reviewerId }],
      queryFn: async () => new Map((await listPendingAnnotationsForReviewer(db(), studyId, sampleId, reviewerId)).map((a) => [a.threadId, a])),
    }),
  forSample: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId }],
      queryFn: () => listRatingsForSample(db(), studyId, sampleId),
    }),
};

export function useAddReviewer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<NewReviewer, 'now'>) => addReviewer(db(), { ...input, now: new Date().toISOString() }),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewerQueries.all() }),
  });
}

export function useCreateSample() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sample: Sample) => createSample(db(), sample),
    onSuccess: () => client.invalidateQueries({ queryKey: sampleQueries.all() }),
  });
}

export function useSetRevealLlmAfterDone(studyId: StudyId, sampleId: SampleId) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reveal: boolean) => setRevealLlmAfterDone(db(), studyId, sampleId, reveal, new Date().toISOString()),
    onSuccess: () => client.invalidateQueries({ queryKey: sampleQueries.all() }),
  });
}
