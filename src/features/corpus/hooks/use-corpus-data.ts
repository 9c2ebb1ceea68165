import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { corpusBreakdown, indexCorpus } from '../../../domain/corpus/corpus-breakdown';
import { roleGroupsOf } from '../../../domain/corpus/role-groups';
import type { LlmRunId } from '../../../domain/ids';
import { filterPopulation } from '../../../domain/sampling/filter-population';
import type { PopulationFilters } from '../../../domain/sampling/sample-settings';
import type { Study } from '../../../domain/study';
import { studyQueries } from '../../../queries/study-queries';
import { threadQueries } from '../../../queries/thread-queries';
import type { CorpusParams } from './use-corpus-params';

const NO_LABELS = new Map<string, string>();

/**
 * The chosen run's labels over the chosen population, counted every way the dashboard draws.
 * Recomputed on the page (a filter change is a few milliseconds of integer counting over 30,503
 * threads: bench/corpus-dashboard-bench.ts), so only the corrected shares' draws go to a worker.
 */
export function useCorpusData(study: Study, params: CorpusParams) {
  const runs = useQuery(studyQueries.llmRuns(study.id));
  const runId = (params.run ?? runs.data?.at(-1)?.runId ?? null) as LlmRunId | null;
  const threads = useQuery(threadQueries.list(study.id));
  const labels = useQuery({ ...threadQueries.llmLabels(study.id, runId ?? ('' as LlmRunId)), enabled: runId !== null });
  const filters: Omit<PopulationFilters, 'includePreviouslySampled'> = useMemo(
    () => ({
      frequentOnly: params.frequentOnly,
      frequentThreshold: params.threshold ?? study.frequentUserThreshold,
      departments: params.department === null ? null : [params.department],
      roles: params.role === null ? null : [params.role],
      dateFrom: null,
      dateTo: null,
      llmLabels: null,
    }),
    [params.frequentOnly, params.threshold, params.department, params.role, study.frequentUserThreshold],
  );
  const roles = useMemo(() => Object.keys(study.summary.byRole).sort(), [study.summary.byRole]);
  const roleGroups = useMemo(() => roleGroupsOf(roles, study.roleGroups), [roles, study.roleGroups]);

  // Coded once per threads, run and role groups; a filter change then only counts integers.
  const index = useMemo(
    () => (threads.data ? indexCorpus(threads.data, labels.data ?? NO_LABELS, roleGroups) : null),
    [threads.data, labels.data, roleGroups],
  );
  const computed = useMemo(() => {
    if (!threads.data || !index) return null;
    const labelOf = labels.data ?? NO_LABELS;
    const population = filterPopulation(
      {
        threads: threads.data,
        userThreadCounts: study.summary.byUser,
        llmLabelOf: labelOf,
        previouslySampled: new Set(),
      },
      { ...filters, includePreviouslySampled: true },
    ).threads;
    return { population, labelOf, breakdown: corpusBreakdown(index, population) };
  }, [threads.data, labels.data, index, filters, study.summary.byUser]);

  return {
    runs: runs.data ?? [],
    runId,
    filters,
    roles,
    roleGroups,
    computed,
    isPending: threads.isPending || runs.isPending || (runId !== null && labels.isPending),
    error: threads.error ?? runs.error ?? labels.error,
  };
}
