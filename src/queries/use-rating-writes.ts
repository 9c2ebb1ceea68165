import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  annotateThread,
  saveRating,
  undoRating,
  type RatingKey,
  type ThreadAnnotationState,
} from '../db/repos/ratings';
import type { LabelChoice } from '../domain/labeling/undo-sitting';
import type { Rating } from '../domain/rating';
import { codebookQueries } from './codebook-queries';
import { db } from './database';
import { ratingQueries } from './rating-queries';

/**
 * A reviewer's writes: label, note or flag (labeled or not), undo. Each resolves only once
 * IndexedDB has it, then puts what is stored into the reviewer's cached ratings and pending
 * annotations: the workspace confirms and moves on after that. Plain callbacks, not mutation
 * hooks, because a mutation's pending state re-renders the workspace in the middle of the write,
 * on the keypress path (bench/labeling-bench.ts).
 */
export function useRatingWrites() {
  const client = useQueryClient();
  return useMemo(() => {
    const show = (key: RatingKey, { rating, pending }: ThreadAnnotationState) => {
      const put = <T>(old: ReadonlyMap<RatingKey['threadId'], T> | undefined, value: T | null) => {
        const next = new Map(old);
        if (value) next.set(key.threadId, value);
        else next.delete(key.threadId);
        return next;
      };
      client.setQueryData(ratingQueries.forReviewer(key.studyId, key.sampleId, key.reviewerId).queryKey, (old) =>
        put(old, rating),
      );
      client.setQueryData(ratingQueries.pendingForReviewer(key.studyId, key.sampleId, key.reviewerId).queryKey, (old) =>
        put(old, pending),
      );
    };
    const now = () => new Date().toISOString();
    return {
      save: async (rating: Rating) => {
        const { frozeCodebook, stored } = await saveRating(db(), rating);
        show(rating, { rating: stored, pending: null });
        if (frozeCodebook) void client.invalidateQueries({ queryKey: codebookQueries.all() });
      },
      annotate: async (key: RatingKey, patch: Partial<Pick<Rating, 'note' | 'flagged'>>) =>
        show(key, await annotateThread(db(), key, patch, now())),
      undo: async (key: RatingKey, undo: { saved: LabelChoice; previous: LabelChoice | null }) =>
        show(key, await undoRating(db(), key, undo, now())),
    };
  }, [client]);
}
