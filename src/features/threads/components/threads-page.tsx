import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '../../../lib/paths';
import type { LlmRunId, StudyId, ThreadId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { formatCount } from '../../../domain/format-count';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { useFilteredThreads } from '../hooks/use-filtered-threads';
import { useThreadFilterParams } from '../hooks/use-thread-filter-params';
import { ThreadDetail } from './thread-detail';
import { ThreadFilters } from './thread-filters';
import { ThreadList } from './thread-list';

export function ThreadsPage({ studyId, threadId }: { studyId: StudyId; threadId: ThreadId | null }) {
  const { data: study, isPending, error } = useQuery(studyQueries.detail(studyId));
  useDocumentTitle(threadId ? `Thread ${threadId}` : 'Threads', study?.name);
  if (isPending) return <p role="status">Loading study…</p>;
  if (error)
    return (
      <Alert tone="error" title="The study could not be read">
        {String(error)}
      </Alert>
    );
  if (!study) return <Alert tone="info" title="This study does not exist (it may have been deleted)." />;
  return <StudyThreads study={study} threadId={threadId} />;
}

const studyLinks = (id: StudyId): [href: string, label: string][] => [
  [paths.codebook.to(id), 'Codebook'],
  [paths.samples.to(id), 'Samples and reviewers'],
  [paths.report.to(id), 'Agreement report'],
  [paths.exports.to(id), 'Exports'],
  [paths.importThreads.to(id), 'Import threads or LLM labels'],
];

function StudyThreads({ study, threadId }: { study: Study; threadId: ThreadId | null }) {
  const [params, setParams] = useThreadFilterParams();
  const { data: runs = [] } = useQuery(studyQueries.llmRuns(study.id));
  const { data: latest = null } = useQuery(studyQueries.latestLlmRun(study.id));
  const runId = (params.run ?? latest?.runId ?? null) as LlmRunId | null;
  const view = useFilteredThreads(study, runId, params);
  const [, navigate] = useLocation();
  const [filtersShown, setFiltersShown] = useState(false);
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const open = (id: ThreadId) => navigate(`${paths.thread.to(study.id, id)}${search}`, { replace: true });

  return (
    <div className="flex flex-col gap-3 md:h-full">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{study.name}</h1>
        <p className="text-sm text-slate-600" role="status" aria-live="polite">
          {view.isSearching ? 'Searching… ' : ''}Showing {formatCount(view.filtered.length)} of{' '}
          {formatCount(view.total)} threads
        </p>
        <nav aria-label="Study" className="flex flex-wrap gap-2">
          {studyLinks(study.id).map(([href, label]) => (
            <Link key={href} href={href} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm">
              {label}
            </Link>
          ))}
        </nav>
      </div>
      {view.error && (
        <Alert tone="error" title="Threads could not be read">
          {String(view.error)}
        </Alert>
      )}
      {/* One column on a phone (the page scrolls), list and thread side by side from a tablet up. */}
      <div className="grid grid-cols-1 gap-4 md:min-h-0 md:flex-1 md:grid-cols-[minmax(16rem,22rem)_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(18rem,26rem)_minmax(0,1fr)]">
        <div className="md:col-span-2 xl:col-span-1 xl:min-h-0 xl:overflow-auto">
          {/* On a phone the filters fold away, so the list is on the first screen. */}
          <Button
            className="md:hidden"
            aria-expanded={filtersShown}
            aria-controls="thread-filters"
            onClick={() => setFiltersShown((v) => !v)}
          >
            {filtersShown ? 'Hide filters' : 'Show filters'}
          </Button>
          <div id="thread-filters" className={`${filtersShown ? 'mt-2' : 'hidden'} md:mt-0 md:block`}>
            <ThreadFilters
              study={study}
              runs={runs}
              runId={runId}
              params={params}
              threshold={view.threshold}
              onChange={setParams}
            />
          </div>
        </div>
        {view.isPending ? (
          <p role="status">Loading threads…</p>
        ) : (
          <div className="h-[60vh] md:h-auto md:min-h-0">
            <ThreadList
              threads={view.filtered}
              selectedId={threadId}
              llmLabels={view.llmLabels}
              query={params.q}
              onOpen={open}
            />
          </div>
        )}
        <section aria-label="Thread" className="min-w-0 md:min-h-0 md:overflow-auto">
          {threadId ? (
            <ThreadDetail
              studyId={study.id}
              threadId={threadId}
              llmLabel={view.llmLabels?.get(threadId) ?? null}
              highlight={params.q}
            />
          ) : (
            <p className="text-sm text-slate-600">Choose a thread in the list (arrow keys move through it).</p>
          )}
        </section>
      </div>
    </div>
  );
}
