import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { deleteRating, listRatingsForReviewer, listRatingsForSample, listStudyRatings, saveRating } from '../db/repos/ratings';
import { groupOtherSuggestions } from '../domain/codebook/other-suggestions';
import type { ReviewerId, SampleId, StudyId, ThreadId } from '../domain/ids';
import type { Rating } from '../domain/rating';
import { codebookQueries } from './codebook-queries';
import { db } from './database';

export const ratingQueries = {
  all: () => ['ratings'] as const,
  forReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId, reviewerId }],
      queryFn: async () => new Map((await listRatingsForReviewer(db(), studyId, sampleId, reviewerId)).map((r) => [r.threadId, r])),
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
      queryFn: async () => groupOtherSuggestions(
        (await listStudyRatings(db(), studyId))
          .filter((r) => r.otherSuggestion)
          .map((r) => ({ suggestion: r.otherSuggestion, threadId: r.threadId, reviewerId: r.reviewerId })),
      ),
    }),
};

/**
 * Stores a label and resolves only once it is in IndexedDB: the workspace moves on after that.
 * A plain callback, not a mutation hook, because a mutation's pending state re-renders the
 * workspace in the middle of the write, on the keypress path (bench/labeling-bench.ts).
 */
export function useRatingWriter(): (rating: Rating) => Promise<void> {
  const client = useQueryClient();
  return useCallback(async (rating: Rating) => {
    const { frozeCodebook } = await saveRating(db(), rating);
    client.setQueryData(
      ratingQueries.forReviewer(rating.studyId, rating.sampleId, rating.reviewerId).queryKey,
      (old) => new Map(old).set(rating.threadId, rating),
    );
    if (frozeCodebook) void client.invalidateQueries({ queryKey: codebookQueries.all() });
  }, [client]);
}

export function useDeleteRating() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: { studyId: StudyId; sampleId: SampleId; reviewerId: ReviewerId; threadId: ThreadId }) =>
      deleteRating(db(), key, new Date().toISOString()),
    onSuccess: (_, key) => {
      client.setQueryData(ratingQueries.forReviewer(key.studyId, key.sampleId, key.reviewerId).queryKey, (old) => {
        const next = new Map(old);
        next.delete(key.threadId);
        return next;
      });
    },
  });
}
