import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { LlmRunId, StudyId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { frequentUsers } from '../../../domain/study-summary';
import { filterThreads } from '../../../domain/threads/filter-threads';
import { threadQueries, threadSearchQuery } from '../../../queries/thread-queries';
import type { ThreadFilterParams } from './use-thread-filter-params';

/** The study's threads after the URL's filters; the text search runs in the search worker. */
export function useFilteredThreads(study: Study, runId: LlmRunId | null, params: ThreadFilterParams) {
  const studyId: StudyId = study.id;
  const threads = useQuery(threadQueries.list(studyId));
  const query = useDeferredValue(params.q.trim());
  const search = useQuery(threadSearchQuery(studyId, study.summary.threadCount, query));
  const labels = useQuery({ ...threadQueries.llmLabels(studyId, runId ?? ('' as LlmRunId)), enabled: runId !== null });
  const threshold = params.threshold ?? study.frequentUserThreshold;

  const filtered = useMemo(() => {
    if (!threads.data) return [];
    return filterThreads(threads.data, {
      department: params.department,
      role: params.role,
      llmLabel: params.llmLabel,
      llmLabels: labels.data ?? null,
      users: params.frequentOnly ? frequentUsers(study.summary, threshold) : null,
      searchHits: query ? (search.data ?? new Set()) : null,
    });
  }, [
    threads.data,
    labels.data,
    search.data,
    query,
    params.department,
    params.role,
    params.llmLabel,
    params.frequentOnly,
    study.summary,
    threshold,
  ]);

  return {
    filtered,
    total: threads.data?.length ?? 0,
    llmLabels: labels.data ?? null,
    isPending: threads.isPending,
    isSearching: query !== '' && search.isFetching,
    error: threads.error ?? search.error ?? labels.error,
    threshold,
  };
}
