import { reclassificationShares, type GoldPair, type ReclassificationShares } from './reclassification-shares';

export interface PopulationShares extends ReclassificationShares {
  /** Threads of the population without an LLM label (left out of the shares). */
  readonly unlabeled: number;
  /** Gold items whose thread has no LLM label: not used. */
  readonly goldOnUnlabeledThreads: number;
}

/**
 * The corrected shares of a population from its threads' LLM labels (thread id → label, null
 * for unlabeled) and gold labels (thread id → final label): the LLM label counts and the gold
 * pairs `reclassificationShares` reads, built the one way both `npm run prevalence` and the
 * corpus dashboard use, so they cannot disagree.
 *
 * Throws, naming the function, when a gold id is not a thread of the population (the caller
 * says which file or sample) or no thread has a label.
 */
export function populationShares(
  labels: ReadonlyMap<string, string | null>,
  gold: ReadonlyMap<string, string>,
  options: { draws: number; seed: number },
): PopulationShares {
  const llmCounts = new Map<string, number>();
  let unlabeled = 0;
  for (const label of labels.values()) {
    if (label === null) unlabeled += 1;
    else llmCounts.set(label, (llmCounts.get(label) ?? 0) + 1);
  }
  if (llmCounts.size === 0) throw new Error('populationShares: no thread has a label, so there is no share to correct');
  const pairs: GoldPair[] = [];
  let goldOnUnlabeledThreads = 0;
  for (const [id, goldLabel] of gold) {
    const llmLabel = labels.get(id);
    if (llmLabel === undefined)
      throw new Error(`populationShares: gold item ${JSON.stringify(id)} is not a thread of the population`);
    if (llmLabel === null) goldOnUnlabeledThreads += 1;
    else pairs.push({ llmLabel, goldLabel });
  }
  return { ...reclassificationShares(llmCounts, pairs, options), unlabeled, goldOnUnlabeledThreads };
}
