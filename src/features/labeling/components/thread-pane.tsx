import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import type { StudyId, ThreadId } from '../../../domain/ids';
import type { PendingAnnotation, Rating } from '../../../domain/rating';
import { threadQueries } from '../../../queries/thread-queries';
import { Alert } from '../../../ui/alert';
import { ThreadTurns } from '../../../ui/thread-turns';

/** The thread being labeled and the reviewer's own label: never anyone else's; the LLM's only once allowed and finished. */
interface Props {
  studyId: StudyId;
  threadId: ThreadId;
  position: number;
  total: number;
  rating: Rating | null;
  /** The note and flag: the rating's, or those made before the thread was labeled. */
  annotation: Pick<PendingAnnotation, 'note' | 'flagged'> | null;
  /** Only when the lead allows it and the reviewer has finished the sample; undefined otherwise. */
  llmLabel?: string | null;
  /**
   * False for the next thread, rendered ahead out of sight: only its heading (without the id) and
   * its prompts, the part whose layout is worth doing ahead; the label, note and LLM lines are
   * added when it comes on screen, so nothing on the page is said twice.
   */
  active?: boolean;
}

// Memoised: laying out the next thread ahead re-renders the stage, not the thread on screen.
export const ThreadPane = memo(function ThreadPane({
  studyId,
  threadId,
  position,
  total,
  rating,
  annotation,
  llmLabel,
  active = true,
}: Props) {
  const { data, isPending, error } = useQuery(threadQueries.detail(studyId, threadId));
  if (isPending) return <p role="status">Loading thread…</p>;
  if (error || !data)
    return (
      <Alert tone="error" title={`Thread ${threadId} could not be read`}>
        {String(error ?? 'missing')}
      </Alert>
    );
  return (
    <article aria-labelledby={active ? 'labeling-thread-heading' : undefined} className="space-y-3">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={active ? 'labeling-thread-heading' : undefined} className="min-w-0 text-lg font-semibold break-words">
          Thread {position} of {total} <span className="font-mono text-sm text-slate-600">{threadId}</span>
        </h2>
        {active && (
          <p className="text-sm" aria-label="Your label">
            {rating ? (
              <>
                Your label: <strong>{rating.label}</strong>
                {rating.otherSuggestion ? ` (“${rating.otherSuggestion}”)` : ''}
              </>
            ) : (
              'Not labeled yet'
            )}
            {annotation?.flagged ? ' · flagged' : ''}
          </p>
        )}
      </header>
      {active && llmLabel !== undefined && (
        <p className="rounded bg-sky-50 p-2 text-sm" aria-label="The LLM's label">
          You have labeled every thread, so the LLM&apos;s label is shown: <strong>{llmLabel ?? 'none'}</strong>
        </p>
      )}
      {active && annotation?.note && (
        <p className="rounded bg-amber-50 p-2 text-sm" aria-label="Your note">
          Note: <span dir="auto">{annotation.note}</span>
        </p>
      )}
      <ThreadTurns turns={data.turns} />
    </article>
  );
});
