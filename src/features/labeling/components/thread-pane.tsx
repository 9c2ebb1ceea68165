import { useQuery } from '@tanstack/react-query';
import type { StudyId, ThreadId } from '../../../domain/ids';
import type { Rating } from '../../../domain/study';
import { threadQueries } from '../../../queries/thread-queries';
import { Alert } from '../../../ui/alert';
import { ThreadTurns } from '../../../ui/thread-turns';

/** The thread being labeled, and only the reviewer's own label: never anyone else's, never the LLM's. */
export function ThreadPane({ studyId, threadId, position, total, rating }: { studyId: StudyId; threadId: ThreadId; position: number; total: number; rating: Rating | null }) {
  const { data, isPending, error } = useQuery(threadQueries.detail(studyId, threadId));
  if (isPending) return <p role="status">Loading thread…</p>;
  if (error || !data) return <Alert tone="error" title={`Thread ${threadId} could not be read`}>{String(error ?? 'missing')}</Alert>;
  return (
    <article aria-labelledby="labeling-thread-heading" className="space-y-3">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="labeling-thread-heading" className="text-lg font-semibold">Thread {position} of {total} <span className="font-mono text-sm text-slate-600">{threadId}</span></h2>
        <p className="text-sm" aria-label="Your label">
          {rating ? <>Your label: <strong>{rating.label}</strong>{rating.otherSuggestion ? ` (“${rating.otherSuggestion}”)` : ''}{rating.flagged ? ' · flagged' : ''}</> : 'Not labeled yet'}
        </p>
      </header>
      {rating?.note && <p className="rounded bg-amber-50 p-2 text-sm" aria-label="Your note">Note: {rating.note}</p>}
      <ThreadTurns turns={data.turns} />
    </article>
  );
}
