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

/** A filter of the population, in the order they apply; `previouslySampled` is the exclusion. */
export type PopulationFilterName =
  'frequentUsers' | 'departments' | 'roles' | 'llmLabels' | 'dates' | 'previouslySampled';

/** How many threads are left once a filter (and every one before it) has applied. */
export interface PopulationStep {
  filter: PopulationFilterName;
  remaining: number;
}

const has = (set: ReadonlySet<string>, value: string | null) => set.has(value ?? '');
const toSet = (list: readonly string[] | null) => (list === null ? null : new Set(list));

function checked(population: SamplePopulation, filters: PopulationFilters, caller: string): void {
  const problems = populationFilterProblems(filters);
  if (filters.llmLabels !== null && population.llmLabelOf === null) {
    problems.push('an LLM label filter needs the labels of an LLM run');
  }
  if (problems.length > 0) throw new Error(`${caller}: ${problems.join('; ')}`);
}

/** The filters that are set, as predicates in the documented order (docs/sampling.md). */
function activeFilters(
  population: SamplePopulation,
  filters: PopulationFilters,
): [PopulationFilterName, (t: ThreadMeta) => boolean][] {
  const steps: [PopulationFilterName, (t: ThreadMeta) => boolean][] = [];
  if (filters.frequentOnly) {
    const users = frequentUsers(
      { ...emptySummary(), byUser: { ...population.userThreadCounts } },
      filters.frequentThreshold,
    );
    steps.push(['frequentUsers', (t) => t.userId !== null && users.has(t.userId)]);
  }
  const departments = toSet(filters.departments);
  if (departments) steps.push(['departments', (t) => has(departments, t.department)]);
  const roles = toSet(filters.roles);
  if (roles) steps.push(['roles', (t) => has(roles, t.role)]);
  const labels = toSet(filters.llmLabels);
  if (labels) steps.push(['llmLabels', (t) => has(labels, population.llmLabelOf?.get(t.threadId) ?? null)]);
  const { dateFrom, dateTo } = filters;
  if (dateFrom !== null || dateTo !== null) {
    steps.push([
      'dates',
      (t) => {
        if (t.createdAt === null) return false;
        const day = t.createdAt.slice(0, 10);
        return (dateFrom === null || day >= dateFrom) && (dateTo === null || day <= dateTo);
      },
    ]);
  }
  if (!filters.includePreviouslySampled)
    steps.push(['previouslySampled', (t) => !population.previouslySampled.has(t.threadId)]);
  return steps;
}

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
  checked(population, filters, 'filterPopulation');
  const steps = activeFilters(population, filters);
  const exclusion = steps.at(-1)?.[0] === 'previouslySampled' ? steps.pop()![1] : null;
  const matching = population.threads.filter((t) => steps.every(([, keep]) => keep(t)));
  const threads = exclusion ? matching.filter(exclusion) : matching;
  return {
    threads,
    threadsInStudy: population.threads.length,
    matchingFilters: matching.length,
    previouslySampledExcluded: matching.length - threads.length,
  };
}

/**
 * How many threads each filter that is set leaves, applied one after the other in the order
 * of `filterPopulation` (the last step's count is the population's size), so a form can say
 * which filter leaves fewer threads than it asks for. Throws as `filterPopulation` does.
 */
export function populationSteps(population: SamplePopulation, filters: PopulationFilters): PopulationStep[] {
  checked(population, filters, 'populationSteps');
  let left = population.threads;
  return activeFilters(population, filters).map(([filter, keep]) => {
    left = left.filter(keep);
    return { filter, remaining: left.length };
  });
}
