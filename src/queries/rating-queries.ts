import { queryOptions } from '@tanstack/react-query';
import {
  listPendingAnnotationsForReviewer,
  listRatingsForReviewer,
  listRatingsForSample,
  listStudyRatings,
} from '../db/repos/ratings';
import { listLlmOtherNames } from '../db/repos/llm-labels';
import { groupOtherNames } from '../domain/codebook/other-name-groups';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import { db } from './database';

/**
 * A refetch that reads what the cache already holds keeps the cached map, so it re-renders
 * nothing. Each label is put into the cache by its write, then refetched because Dexie reports
 * every write as a change (cross-tab-sync.ts): without this the whole workspace rendered again
 * just after the next thread was painted. Records are flat, so comparing fields is enough.
 */
function keepIfSame(old: unknown, next: unknown): unknown {
  if (!(old instanceof Map) || !(next instanceof Map) || old.size !== next.size) return next;
  for (const [key, value] of next as Map<unknown, Record<string, unknown>>) {
    const before = (old as Map<unknown, Record<string, unknown>>).get(key);
    if (!before || Object.keys(value).length !== Object.keys(before).length) return next;
    if (Object.keys(value).some((field) => value[field] !== before[field])) return next;
  }
  return old;
}

export const ratingQueries = {
  all: () => ['ratings'] as const,
  forReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId, reviewerId }],
      queryFn: async () =>
        new Map((await listRatingsForReviewer(db(), studyId, sampleId, reviewerId)).map((r) => [r.threadId, r])),
      structuralSharing: keepIfSame,
    }),
  /** A reviewer's notes and flags on threads not labeled yet (under `ratings`: refreshed with them). */
  pendingForReviewer: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'pending', { studyId, sampleId, reviewerId }],
      queryFn: async () =>
        new Map(
          (await listPendingAnnotationsForReviewer(db(), studyId, sampleId, reviewerId)).map((a) => [a.threadId, a]),
        ),
      structuralSharing: keepIfSame,
    }),
  forSample: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'list', { studyId, sampleId }],
      queryFn: () => listRatingsForSample(db(), studyId, sampleId),
    }),
  /**
   * Other suggestions of every reviewer grouped with the LLM runs' Other names: the lead's view for
   * the next codebook version (under `ratings`, refreshed with them; an LLM import refreshes all).
   */
  otherSuggestions: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...ratingQueries.all(), 'otherSuggestions', { studyId }],
      queryFn: async () => {
        const [ratings, runs] = await Promise.all([listStudyRatings(db(), studyId), listLlmOtherNames(db(), studyId)]);
        const suggestions = ratings
          .filter((r) => r.otherSuggestion)
          .map((r) => ({ suggestion: r.otherSuggestion, threadId: r.threadId, reviewerId: r.reviewerId }));
        return groupOtherNames(suggestions, runs);
      },
    }),
};
