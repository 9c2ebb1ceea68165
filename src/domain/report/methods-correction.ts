import type { PopulationShares } from '../corpus/population-shares';
import { checkPopulationScope, describePopulation } from '../corpus/population-scope';
import type { SampleDesign } from '../corpus/sample-design';
import { plural } from '../format-count';
import { filterPopulation } from '../sampling/filter-population';
import type { PopulationFilters, SamplePopulation } from '../sampling/sample-settings';

/** A report's sample as the correction sees it: its design (from the manifest) and gold labels. */
export interface CorrectionSample {
  readonly name: string;
  /** Null when the manifest cannot be read; `designProblem` says why. */
  readonly design: SampleDesign | null;
  readonly designProblem: string | null;
  /** Thread id → final (gold) label. */
  readonly finals: ReadonlyMap<string, string>;
}

/** What the corpus worker is asked: the population's LLM labels and the pooled gold labels. */
export interface CorrectionRequest {
  readonly labels: Map<string, string | null>;
  readonly gold: Map<string, string>;
  /** The population in words, and the samples, for the methods sentence. */
  readonly population: string;
  readonly samples: readonly string[];
}

/** The methods paragraph's corrected shares: computed, refused with the reason, or not applicable. */
export type MethodsCorrection =
  | {
      readonly kind: 'corrected';
      readonly shares: PopulationShares;
      readonly population: string;
      readonly samples: readonly string[];
    }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Whether a report's samples can correct the category shares of the population they were drawn
 * from, and if so the request for `populationShares`. The population is the first sample's
 * (its manifest's filters over the study's threads now, earlier samples' threads included); every
 * sample must speak for it (`checkPopulationScope`: the same filters, not stratified by
 * department, as many threads as matched when it was drawn) and every gold thread must be in it.
 * Null when no sample has a gold label yet (nothing to correct with). Gold labels are pooled; a
 * thread in two samples keeps its first sample's label.
 */
export function methodsCorrectionRequest(
  samples: readonly CorrectionSample[],
  corpus: Omit<SamplePopulation, 'previouslySampled'>,
): { kind: 'ready'; request: CorrectionRequest } | { kind: 'refused'; reason: string } | null {
  if (!samples.some((s) => s.finals.size > 0)) return null;
  const unreadable = samples.find((s) => s.design === null);
  if (unreadable)
    return { kind: 'refused', reason: `${unreadable.name}: its manifest cannot be read (${unreadable.designProblem})` };
  const { includePreviouslySampled: _, frequentThreshold, ...rest } = samples[0]!.design!.filters;
  const filters: Omit<PopulationFilters, 'includePreviouslySampled'> = {
    ...rest,
    frequentThreshold: frequentThreshold ?? 0,
  };
  const population = filterPopulation(
    { ...corpus, previouslySampled: new Set() },
    { ...filters, includePreviouslySampled: true },
  ).threads;
  for (const s of samples) {
    const scope = checkPopulationScope(filters, s.design!, population.length);
    if (!scope.ok) return { kind: 'refused', reason: `${s.name}: ${scope.reason}` };
  }
  const gold = new Map<string, string>();
  for (const s of samples) for (const [id, label] of s.finals) if (!gold.has(id)) gold.set(id, label);
  const ids = new Set<string>(population.map((t) => t.threadId));
  const outside = [...gold.keys()].filter((id) => !ids.has(id));
  if (outside.length > 0) {
    const are = outside.length === 1 ? 'is' : 'are';
    return {
      kind: 'refused',
      reason: `${plural(outside.length, 'gold thread')} ${are} not in the population (e.g. ${outside[0]})`,
    };
  }
  const labels = new Map(population.map((t) => [t.threadId as string, corpus.llmLabelOf?.get(t.threadId) || null]));
  return {
    kind: 'ready',
    request: { labels, gold, population: describePopulation(filters), samples: samples.map((s) => s.name) },
  };
}
