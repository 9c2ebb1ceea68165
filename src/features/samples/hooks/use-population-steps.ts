import { useMemo } from 'react';
import { populationSteps, type PopulationStep } from '../../../domain/sampling/filter-population';
import type { PopulationFilters, SamplePopulation } from '../../../domain/sampling/sample-settings';

/**
 * The threads each filter leaves, recounted only when a filter changes (not on every keystroke
 * in another field: 30,000 threads take a few milliseconds); null while the population is
 * loading or when `filters` is null (they cannot be counted yet).
 */
export function usePopulationSteps(
  population: SamplePopulation | null,
  filters: PopulationFilters | null,
): PopulationStep[] | null {
  const key =
    filters === null
      ? null
      : JSON.stringify({
          frequentOnly: filters.frequentOnly,
          frequentThreshold: filters.frequentThreshold,
          departments: filters.departments,
          roles: filters.roles,
          dateFrom: filters.dateFrom,
          dateTo: filters.dateTo,
          llmLabels: filters.llmLabels,
          includePreviouslySampled: filters.includePreviouslySampled,
        } satisfies PopulationFilters);
  return useMemo(
    () => (population && key !== null ? populationSteps(population, JSON.parse(key) as PopulationFilters) : null),
    [population, key],
  );
}
