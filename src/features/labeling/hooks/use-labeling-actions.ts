import { useEffect, useRef, useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import type { ReviewerId, ThreadId } from '../../../domain/ids';
import type { Rating } from '../../../domain/rating';
import type { Sample } from '../../../domain/sampling/sample';
import { useDeleteRating, useRatingWriter } from '../../../queries/rating-queries';
import { errorMessage } from '../../../ui/error-message';
import { useLabelingUi } from '../store';

interface Context {
  sample: Sample;
  reviewerId: ReviewerId;
  threadId: ThreadId | null;
  ratings: ReadonlyMap<ThreadId, Rating>;
  goTo: (threadId: ThreadId) => void;
  goNext: () => void;
}

/**
 * Labeling writes. Each one resolves only once IndexedDB has the label; the view moves on after
 * that, and a failed write is shown and keeps the reviewer on the thread.
 */
export function useLabelingActions({ sample, reviewerId, threadId, ratings, goTo, goNext }: Context) {
  const save = useRatingWriter();
  // A second key while a label is being written is ignored, without a re-render.
  const writing = useRef(false);
  const remove = useDeleteRating();
  const [error, setError] = useState<string | null>(null);
  // When the thread was put on screen: the time spent on it is recorded with its label.
  const shownAt = useRef(0);
  useEffect(() => { shownAt.current = performance.now(); }, [threadId]);

  const write = async (patch: Partial<Rating> & Pick<Rating, 'label'>, then: () => void) => {
    if (!threadId || writing.current) return;
    const existing = ratings.get(threadId);
    const elapsed = Math.round(performance.now() - shownAt.current);
    const rating: Rating = {
      studyId: sample.studyId, sampleId: sample.sampleId, reviewerId, threadId,
      codebookVersion: sample.codebookVersion,
      otherSuggestion: existing?.otherSuggestion ?? null, note: existing?.note ?? null, flagged: existing?.flagged ?? false,
      ...patch,
      durationMs: elapsed,
      updatedAt: new Date().toISOString(),
    };
    writing.current = true;
    try {
      await save(rating);
      if (error) setError(null);
      shownAt.current = performance.now();
      then();
    } catch (e) {
      setError(`The label was not saved: ${errorMessage(e)}`);
    } finally {
      writing.current = false;
    }
  };

  return {
    error,
    label: (category: Category, otherSuggestion: string | null = null) =>
      write({ label: category.name, otherSuggestion: category.isOther ? otherSuggestion : null }, () => {
        useLabelingUi.getState().labeled(threadId!);
        goNext();
      }),
    /** A note or flag belongs to a label: it is saved with the existing label of the thread. */
    annotate: (patch: Pick<Rating, 'note'> | Pick<Rating, 'flagged'>) => {
      const existing = threadId ? ratings.get(threadId) : undefined;
      if (!existing) {
        setError('Label the thread first; a note or flag is saved with its label.');
        return Promise.resolve();
      }
      return write({ ...patch, label: existing.label }, () => {});
    },
    undo: async () => {
      const last = useLabelingUi.getState().undone();
      if (!last) {
        setError('Nothing to undo in this sitting.');
        return;
      }
      try {
        await remove.mutateAsync({ studyId: sample.studyId, sampleId: sample.sampleId, reviewerId, threadId: last as ThreadId });
        setError(null);
        goTo(last as ThreadId);
      } catch (e) {
        setError(`The label was not removed: ${errorMessage(e)}`);
      }
    },
  };
}
