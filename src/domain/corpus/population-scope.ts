import type { PopulationFilters } from '../sampling/sample-settings';
import { checkGoldScope } from './gold-scope';
import type { SampleDesign } from './sample-design';

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === null || b === null ? a === b : a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

const listText = (name: string, list: readonly string[] | null) =>
  list === null ? `any ${name}` : `${name} ${list.join(', ')}`;

/** The population's filters in words, e.g. "frequent users' threads (more than 5 threads), department Radiology". */
export function describePopulation(
  f: Omit<PopulationFilters, 'includePreviouslySampled'> | SampleDesign['filters'],
): string {
  const parts = [
    f.frequentOnly ? `frequent users' threads (more than ${f.frequentThreshold} threads)` : 'every thread',
  ];
  if (f.departments !== null) parts.push(listText('department', f.departments));
  if (f.roles !== null) parts.push(listText('role', f.roles));
  if (f.llmLabels !== null) parts.push(listText('LLM label', f.llmLabels));
  if (f.dateFrom !== null || f.dateTo !== null) parts.push(`dated ${f.dateFrom ?? '…'} to ${f.dateTo ?? '…'}`);
  return parts.join(', ');
}

/**
 * Whether a gold sample of design `design` may correct the shares of the population chosen by
 * `filters` (`populationThreads` threads): its filters must be the sample's (frequent users with
 * the same threshold, the same departments, roles, LLM labels and dates; earlier samples'
 * threads belong to the population either way), then `checkGoldScope` (not stratified by
 * department, the same number of threads as matched when the sample was drawn). The reason
 * names the filter that differs.
 */
export function checkPopulationScope(
  filters: Omit<PopulationFilters, 'includePreviouslySampled'>,
  design: SampleDesign,
  populationThreads: number,
): { ok: true } | { ok: false; reason: string } {
  const d = design.filters;
  const differs: string[] = [];
  if (filters.frequentOnly !== d.frequentOnly || (d.frequentOnly && filters.frequentThreshold !== d.frequentThreshold))
    differs.push('frequent users');
  if (!sameList(filters.departments, d.departments)) differs.push('departments');
  if (!sameList(filters.roles, d.roles)) differs.push('roles');
  if (!sameList(filters.llmLabels, d.llmLabels)) differs.push('LLM labels');
  if (filters.dateFrom !== d.dateFrom || filters.dateTo !== d.dateTo) differs.push('dates');
  if (design.stratifiedBy !== 'department' && differs.length > 0) {
    return {
      ok: false,
      reason: `the gold sample speaks for ${describePopulation(d)}, not for ${describePopulation(filters)} (${differs.join(', ')} differ); choose the sample's population`,
    };
  }
  return checkGoldScope(design, populationThreads);
}
