import { queryOptions } from '@tanstack/react-query';
import {
  listPendingAnnotationsForReviewer,
  listRatingsForReviewer,
  listRatingsForSample,
  listStudyRatings,
} from '../db/repos/ratings';
import { groupOtherSuggestions } from '../domain/codebook/other-suggestions';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import { db } from './database';

export const ratingQueries = {
  all: () => ['ratings'] as const,
  forReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId, reviewerId }],
      queryFn: async () =>
        new Map((await listRatingsForReviewer(db(), studyId, sampleId, reviewerId)).map((r) => [r.threadId, r])),
    }),
  /** A reviewer's notes and flags on threads not labeled yet (under `ratings`: refreshed with them). */
  pendingForReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'pending', { studyId, sampleId, reviewerId }],
      queryFn: async () =>
        new Map(
          (await listPendingAnnotationsForReviewer(db(), studyId, sampleId, reviewerId)).map((a) => [a.threadId, a]),
        ),
    }),
  forSample: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId }],
      queryFn: () => listRatingsForSample(db(), studyId, sampleId),
    }),
  /** Other suggestions of every reviewer, grouped: the lead's view for the next codebook version. */
  otherSuggestions: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'otherSuggestions', { studyId }],
      queryFn: async () =>
        groupOtherSuggestions(
          (await listStudyRatings(db(), studyId))
            .filter((r) => r.otherSuggestion)
            .map((r) => ({ suggestion: r.otherSuggestion, threadId: r.threadId, reviewerId: r.reviewerId })),
        ),
    }),
};
