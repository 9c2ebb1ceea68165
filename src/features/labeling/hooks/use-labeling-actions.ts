import { useEffect, useRef, useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import type { ReviewerId, ThreadId } from '../../../domain/ids';
import { undoMessage } from '../../../domain/labeling/undo-sitting';
import type { PendingAnnotation, Rating } from '../../../domain/rating';
import type { Sample } from '../../../domain/sampling/sample';
import { useRatingWrites } from '../../../queries/use-rating-writes';
import { errorMessage } from '../../../ui/error-message';
import { useLabelingUi } from '../store';

const choiceOf = ({ label, otherSuggestion, codebookVersion }: Rating) => ({ label, otherSuggestion, codebookVersion });

interface Context {
  sample: Sample;
  reviewerId: ReviewerId;
  threadId: ThreadId | null;
  /** The thread's 1-based place in the sample. */
  position: number;
  ratings: ReadonlyMap<ThreadId, Rating>;
  pending: ReadonlyMap<ThreadId, PendingAnnotation>;
  goTo: (threadId: ThreadId) => void;
  goNext: () => void;
}

/**
 * Labeling writes. Each one resolves only once IndexedDB has it; the view moves on after that,
 * and a failed write is shown and keeps the reviewer on the thread. `notice` is what the last
 * undo did, for a live region.
 */
export function useLabelingActions({
  sample,
  reviewerId,
  threadId,
  position,
  ratings,
  pending,
  goTo,
  goNext,
}: Context) {
  const writes = useRatingWrites();
  // A second key while a write is under way is ignored, without a re-render.
  const writing = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // When the thread was put on screen: the time spent on it is recorded with its label.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = performance.now();
  }, [threadId]);
  const sitting = { studyId: sample.studyId, sampleId: sample.sampleId, reviewerId };

  const run = async (failure: string, write: () => Promise<void>) => {
    if (writing.current) return;
    writing.current = true;
    try {
      await write();
      if (error) setError(null);
    } catch (e) {
      setError(`${failure}: ${errorMessage(e)}`);
    } finally {
      writing.current = false;
    }
  };

  const label = (category: Category, otherSuggestion: string | null = null) => {
    if (!threadId) return Promise.resolve();
    return run('The label was not saved', async () => {
      const existing = ratings.get(threadId);
      const rating: Rating = {
        ...sitting,
        threadId,
        codebookVersion: sample.codebookVersion,
        label: category.name,
        otherSuggestion: category.isOther ? otherSuggestion : null,
        note: existing?.note ?? null,
        flagged: existing?.flagged ?? false,
        durationMs: Math.round(performance.now() - shownAt.current),
        updatedAt: new Date().toISOString(),
      };
      await writes.save(rating);
      shownAt.current = performance.now();
      useLabelingUi.getState().labeled(sitting, {
        threadId,
        position,
        saved: choiceOf(rating),
        previous: existing ? choiceOf(existing) : null,
      });
      setNotice(null);
      goNext();
    });
  };

  return {
    error,
    notice,
    label,
    /** A note or flag, on a labeled thread or not yet labeled: committed before it shows. */
    annotate: (patch: Partial<Pick<Rating, 'note' | 'flagged'>>) =>
      threadId
        ? run('The note or flag was not saved', () => writes.annotate({ ...sitting, threadId }, patch))
        : Promise.resolve(),
    /** Whether the thread on screen is flagged, labeled or not. */
    flagged: () => Boolean(threadId && (ratings.get(threadId)?.flagged ?? pending.get(threadId)?.flagged)),
    undo: () =>
      run('The label was not undone', async () => {
        const { entry, remaining } = useLabelingUi.getState().undone(sitting);
        if (!entry) {
          setNotice('Nothing to undo in this sitting.');
          return;
        }
        // A refused undo (the label was changed in another tab) is not retried: u goes on to the one before.
        await writes.undo({ ...sitting, threadId: entry.threadId }, entry);
        setNotice(undoMessage(entry, remaining));
        goTo(entry.threadId);
      }),
  };
}
