import type { PopulationFilterName, PopulationStep } from '../../domain/sampling/filter-population';
import { MAX_SEED, type SampleSettings } from '../../domain/sampling/sample-settings';
import { formatCount, plural } from '../../domain/format-count';

const FILTER_NAMES: Record<Exclude<PopulationFilterName, 'frequentUsers'>, string> = {
  departments: 'The department filter',
  roles: 'The role filter',
  llmLabels: 'The LLM label filter',
  dates: 'The date range',
  previouslySampled: 'Leaving out the threads of earlier samples',
};

function filterName(filter: PopulationFilterName, settings: SampleSettings): string {
  return filter === 'frequentUsers'
    ? `"Frequent users only" (more than ${plural(settings.frequentThreshold, 'thread')})`
    : FILTER_NAMES[filter];
}

/** The settings' filters can be counted: what `populationSteps` accepts. */
export function countableFilters(settings: SampleSettings): boolean {
  const threshold =
    !settings.frequentOnly || (Number.isInteger(settings.frequentThreshold) && settings.frequentThreshold >= 0);
  return threshold && !(settings.dateFrom && settings.dateTo && settings.dateFrom > settings.dateTo);
}

/**
 * Why the population is too small for the size, naming the first filter that leaves fewer
 * threads than asked for and how many it leaves; null when the size fits.
 */
export function shortfall(
  settings: SampleSettings,
  threadsInStudy: number,
  steps: readonly PopulationStep[],
): string | null {
  const size = settings.size;
  if (!Number.isInteger(size) || size < 1 || (steps.at(-1)?.remaining ?? threadsInStudy) >= size) return null;
  const wanted = `fewer than the sample size of ${formatCount(size)}`;
  if (threadsInStudy < size) return `The study has only ${plural(threadsInStudy, 'thread')}, ${wanted}.`;
  const first = steps.find((s) => s.remaining < size)!;
  const last = steps.at(-1)!;
  const after = last.remaining === first.remaining ? '' : `; after every filter ${formatCount(last.remaining)} remain`;
  return `${filterName(first.filter, settings)} leaves ${plural(first.remaining, 'thread')}, ${wanted}${after}.`;
}

/**
 * Everything that keeps the form from drawing, in the lead's words (the domain's own checks
 * name fields and functions: they are for programmers). `steps` is null while the population
 * cannot be counted yet.
 */
export function drawFormProblems(
  settings: SampleSettings,
  design: { reviewers: number; perThread: number | null },
  population: { threadsInStudy: number; steps: readonly PopulationStep[] } | null,
): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(settings.size) || settings.size < 1)
    problems.push('The size must be a whole number of threads, at least 1.');
  if (!Number.isInteger(settings.seed) || settings.seed < 0 || settings.seed > MAX_SEED) {
    problems.push(`The seed must be a whole number from 0 to ${formatCount(MAX_SEED)}.`);
  }
  if (settings.frequentOnly && !(Number.isInteger(settings.frequentThreshold) && settings.frequentThreshold >= 0)) {
    problems.push('"More than (threads)" must be a whole number, 0 or more.');
  }
  if (settings.dateFrom && settings.dateTo && settings.dateFrom > settings.dateTo) {
    problems.push(`The "From" date (${settings.dateFrom}) is after the "To" date (${settings.dateTo}).`);
  }
  if (design.reviewers < 2) problems.push('Choose at least two reviewers.');
  else if (design.perThread !== null && design.perThread >= design.reviewers) {
    problems.push(
      `Each thread by ${design.perThread} of the reviewers needs more than ${design.perThread} reviewers: tick another, or let every reviewer label every thread.`,
    );
  }
  const short = population && shortfall(settings, population.threadsInStudy, population.steps);
  if (short) problems.push(short);
  return problems;
}
