import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { paths } from '../../../app/paths';
import type { LlmRunId, StudyId, ThreadId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { formatCount } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { useFilteredThreads } from '../hooks/use-filtered-threads';
import { useThreadFilterParams } from '../hooks/use-thread-filter-params';
import { ThreadDetail } from './thread-detail';
import { ThreadFilters } from './thread-filters';
import { ThreadList } from './thread-list';

export function ThreadsPage({ studyId, threadId }: { studyId: StudyId; threadId: ThreadId | null }) {
  const { data: study, isPending, error } = useQuery(studyQueries.detail(studyId));
  useDocumentTitle(threadId ? `Thread ${threadId}` : 'Threads', study?.name);
  if (isPending) return <p role="status">Loading study…</p>;
  if (error) return <Alert tone="error" title="The study could not be read">{String(error)}</Alert>;
  if (!study) return <Alert tone="info" title="This study does not exist (it may have been deleted)." />;
  return <StudyThreads study={study} threadId={threadId} />;
}

function StudyThreads({ study, threadId }: { study: Study; threadId: ThreadId | null }) {
  const [params, setParams] = useThreadFilterParams();
  const { data: runs = [] } = useQuery(studyQueries.llmRuns(study.id));
  const runId = (params.run ?? runs[runs.length - 1]?.runId ?? null) as LlmRunId | null;
  const view = useFilteredThreads(study, runId, params);
  const [, navigate] = useLocation();
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const open = (id: ThreadId) => navigate(`${paths.thread.to(study.id, id)}${search}`, { replace: true });

  return (
    <div className="flex h-full flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{study.name}</h1>
        <p className="text-sm text-slate-600" role="status" aria-live="polite">
          {view.isSearching ? 'Searching… ' : ''}Showing {formatCount(view.filtered.length)} of {formatCount(view.total)} threads
        </p>
        <nav aria-label="Study" className="flex gap-2">
          <Link href={paths.codebook.to(study.id)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm">Codebook</Link>
          <Link href={paths.samples.to(study.id)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm">Samples and reviewers</Link>
          <Link href={paths.importThreads.to(study.id)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm">Import threads or LLM labels</Link>
        </nav>
      </div>
      {view.error && <Alert tone="error" title="Threads could not be read">{String(view.error)}</Alert>}
      <div className="grid min-h-0 flex-1 grid-cols-[14rem_minmax(18rem,26rem)_1fr] gap-4">
        <ThreadFilters study={study} runs={runs} runId={runId} params={params} threshold={view.threshold} onChange={setParams} />
        {view.isPending ? <p role="status">Loading threads…</p> : (
          <ThreadList threads={view.filtered} selectedId={threadId} llmLabels={view.llmLabels} onOpen={open} />
        )}
        <section aria-label="Thread" className="min-h-0 overflow-auto">
          {threadId ? (
            <ThreadDetail studyId={study.id} threadId={threadId} llmLabel={view.llmLabels?.get(threadId) ?? null} />
          ) : (
            <p className="text-sm text-slate-600">Choose a thread in the list (arrow keys move through it).</p>
          )}
        </section>
      </div>
    </div>
  );
}
