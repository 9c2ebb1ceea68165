import { emptySummary } from '../study-summary';
import type { ThreadMeta } from '../threads/thread-meta';
import { frequentUsers } from '../study-summary';
import { populationFilterProblems, type PopulationFilters, type SamplePopulation } from './sample-settings';

export interface FilteredPopulation {
  /** The threads that may be drawn, in the order of `SamplePopulation.threads`. */
  threads: ThreadMeta[];
  threadsInStudy: number;
  /** Threads passing every filter, previously sampled ones included. */
  matchingFilters: number;
  /** Of those, threads left out because they are in an earlier sample (0 when included). */
  previouslySampledExcluded: number;
}

const has = (set: ReadonlySet<string> | null, value: string | null) => set === null || set.has(value ?? '');
const toSet = (list: readonly string[] | null) => (list === null ? null : new Set(list));

/**
 * The sampling population: the study's threads that pass every filter that is set, minus the
 * threads of earlier samples unless `includePreviouslySampled`.
 *
 * - Frequent users: users with more than `frequentThreshold` threads in
 *   `population.userThreadCounts`, counted over the whole study (not the filtered threads),
 *   so the rule matches the study's definition whatever the other filters; threads without
 *   a user are left out.
 * - Departments, roles, LLM labels: the thread's value must be in the list; '' matches a
 *   missing value. The LLM label filter needs `population.llmLabelOf`.
 * - Dates: the UTC calendar date of `createdAt` (its first ten characters, as Concord stores
 *   UTC ISO 8601) must lie in [dateFrom, dateTo], bounds included; when either bound is set,
 *   threads without a date are left out.
 *
 * Throws, naming the rule, on invalid filters or an LLM label filter without labels.
 */
export function filterPopulation(population: SamplePopulation, filters: PopulationFilters): FilteredPopulation {
  const problems = populationFilterProblems(filters);
  if (filters.llmLabels !== null && population.llmLabelOf === null) {
    problems.push('an LLM label filter needs the labels of an LLM run');
  }
  if (problems.length > 0) throw new Error(`filterPopulation: ${problems.join('; ')}`);

  const users = filters.frequentOnly
    ? frequentUsers({ ...emptySummary(), byUser: { ...population.userThreadCounts } }, filters.frequentThreshold)
    : null;
  const departments = toSet(filters.departments);
  const roles = toSet(filters.roles);
  const labels = toSet(filters.llmLabels);
  const { dateFrom, dateTo } = filters;
  const dated = dateFrom !== null || dateTo !== null;

  const matching = population.threads.filter((t) => {
    if (users !== null && (t.userId === null || !users.has(t.userId))) return false;
    if (!has(departments, t.department) || !has(roles, t.role)) return false;
    if (labels !== null && !has(labels, population.llmLabelOf?.get(t.threadId) ?? null)) return false;
    if (dated) {
      if (t.createdAt === null) return false;
      const day = t.createdAt.slice(0, 10);
      if ((dateFrom !== null && day < dateFrom) || (dateTo !== null && day > dateTo)) return false;
    }
    return true;
  });
  const threads = filters.includePreviouslySampled
    ? matching
    : matching.filter((t) => !population.previouslySampled.has(t.threadId));
  return {
    threads,
    threadsInStudy: population.threads.length,
    matchingFilters: matching.length,
    previouslySampledExcluded: matching.length - threads.length,
  };
}
