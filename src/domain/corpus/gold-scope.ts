import type { SampleDesign } from './sample-design.ts';

/**
 * Whether gold labels from a sample of design `design` may correct the shares of a population
 * of `populationThreads` threads. The reclassification estimator needs P(gold | LLM label) in
 * the sample to be that of the population: true of a simple random sample of the population,
 * or of one stratified by LLM label, whatever the allocation. Refused, with the reason:
 * - a sample stratified by department: with unequal sampling fractions per department, the
 *   gold items within an LLM label over-represent some departments, so n_ij/n_i+ estimates a
 *   mixture of departments that is not the population's;
 * - a population that is not the one the sample was drawn from (its filters): the number of
 *   threads differs from the threads that matched the sample's filters when it was drawn
 *   (threads imported since, or other filters).
 * Threads of earlier samples excluded from the draw belong to the population all the same.
 */
export function checkGoldScope(
  design: SampleDesign,
  populationThreads: number,
): { ok: true } | { ok: false; reason: string } {
  if (design.stratifiedBy === 'department') {
    return {
      ok: false,
      reason:
        "the gold sample was stratified by department, so within an LLM label its departments are not in the population's proportions and the corrected shares would be biased; use a simple random sample or one stratified by LLM label",
    };
  }
  if (populationThreads !== design.populationThreads) {
    return {
      ok: false,
      reason: `the gold sample speaks for the ${design.populationThreads} threads that matched its filters when it was drawn, not for these ${populationThreads} threads; give the labels of exactly that population`,
    };
  }
  return { ok: true };
}
