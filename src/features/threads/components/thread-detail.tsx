import { useQuery } from '@tanstack/react-query';
import type { StudyId, ThreadId } from '../../../domain/ids';
import { SPREADSHEET_CELL_LIMIT } from '../../../domain/threads/thread';
import { formatCount } from '../../../domain/format-count';
import { threadQueries } from '../../../queries/thread-queries';
import { Alert } from '../../../ui/alert';
import { ThreadTurns } from '../../../ui/thread-turns';

/** One thread's prompts. Text is rendered as text (React escapes it), never as markup. */
export function ThreadDetail({
  studyId,
  threadId,
  llmLabel,
  highlight,
}: {
  studyId: StudyId;
  threadId: ThreadId;
  llmLabel: string | null;
  highlight: string;
}) {
  const { data, isPending, error } = useQuery(threadQueries.detail(studyId, threadId));
  if (isPending) return <p role="status">Loading thread…</p>;
  if (error)
    return (
      <Alert tone="error" title="The thread could not be read">
        {String(error)}
      </Alert>
    );
  if (!data) return <Alert tone="info" title={`There is no thread ${threadId} in this study.`} />;
  const { meta, turns } = data;
  return (
    <article aria-labelledby="thread-heading" className="space-y-3">
      <header>
        <h2 id="thread-heading" className="text-lg font-semibold">
          Thread <span className="font-mono">{meta.threadId}</span>
        </h2>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
          <dt>User</dt>
          <dd>{meta.userId ?? '—'}</dd>
          <dt>Department</dt>
          <dd>{meta.department ?? '—'}</dd>
          <dt>Role</dt>
          <dd>{meta.role ?? '—'}</dd>
          <dt>Created</dt>
          <dd>{meta.createdAt ?? '—'}</dd>
          <dt>Length</dt>
          <dd>
            {formatCount(meta.length)} characters in {turns.length} {turns.length === 1 ? 'prompt' : 'prompts'}
          </dd>
          <dt>LLM label</dt>
          <dd>{llmLabel ?? '—'}</dd>
        </dl>
        {meta.length > SPREADSHEET_CELL_LIMIT && (
          <p className="mt-1 text-sm text-amber-800">
            Longer than a spreadsheet cell ({formatCount(SPREADSHEET_CELL_LIMIT)} characters): exports keep it whole.
          </p>
        )}
      </header>
      <ThreadTurns turns={turns} highlight={highlight} />
    </article>
  );
}
