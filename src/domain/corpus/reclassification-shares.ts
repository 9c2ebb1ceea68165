import { compareIds } from '../agreement/rater-pairs.ts';
import { dirichletMixtureIntervals } from './dirichlet-interval.ts';

/** A gold item: the LLM's label of its thread and its gold label. */
export interface GoldPair {
  readonly llmLabel: string;
  readonly goldLabel: string;
}

export interface CorrectedShare {
  readonly label: string;
  /** Labeled threads of the population with this LLM label. */
  readonly llmCount: number;
  /** q_i = llmCount / threads. */
  readonly llmShare: number;
  /** n_i+: gold items whose thread has this LLM label. */
  readonly goldItems: number;
  readonly corrected: number;
  /** 95% interval of `corrected` (see `dirichletMixtureIntervals`). */
  readonly ci: [number, number];
}

export interface ReclassificationShares {
  readonly method: 'reclassification';
  /** Labeled threads of the population. */
  readonly threads: number;
  readonly goldItems: number;
  /** LLM labels with threads but no gold item: their share is kept uncorrected. */
  readonly unvalidated: string[];
  /** One per label of the LLM or the gold labels, sorted by code unit. */
  readonly categories: CorrectedShare[];
  readonly draws: number;
  readonly seed: number;
}

export const DEFAULT_DRAWS = 10_000;

/**
 * Category shares of a population corrected for the LLM's errors by reclassification (the
 * double-sampling estimator of Tenenbein 1972, Technometrics 14:187–202; Buonaccorsi,
 * Measurement Error, 2010, ch. 3, "internal validation data"):
 * corrected_j = Σ_i q_i · n_ij / n_i+, where q_i is the share of the labeled threads with LLM
 * label i (known: every thread was labeled) and n_ij the gold items with LLM label i and gold
 * label j. Valid when P(gold | LLM label) is the same in the gold sample as in the population:
 * a simple random sample of it, or one stratified by LLM label (any allocation).
 *
 * Interval: percentiles 2.5 and 97.5 of Σ_i q_i θ_ij with θ_i ~ Dirichlet(n_i1 + 1/K, …,
 * n_iK + 1/K) (K = the number of labels in `llmCounts` or `gold`), `options.draws` seeded draws.
 *
 * Edge cases: an LLM label with no gold item keeps its share uncorrected (all of it stays on
 * that label, in the estimate and in every draw) and is listed in `unvalidated`; a gold label
 * the LLM never used has llmCount 0 and may still receive a corrected share.
 *
 * Preconditions (each throws, naming the function): counts are non-negative integers summing to
 * at least 1; labels are non-empty; every gold pair's LLM label has a count ≥ 1 (the gold item
 * is a labeled thread of the population); `draws` a positive integer, `seed` an integer.
 */
export function reclassificationShares(
  llmCounts: ReadonlyMap<string, number>,
  gold: readonly GoldPair[],
  options: { draws: number; seed: number },
): ReclassificationShares {
  let threads = 0;
  for (const [label, n] of llmCounts) {
    if (label === '') throw new Error('reclassificationShares: a label must be non-empty');
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`reclassificationShares: the count of ${JSON.stringify(label)} must be a non-negative integer`);
    threads += n;
  }
  if (threads === 0) throw new Error('reclassificationShares: needs at least one labeled thread');
  const labelSet = new Set(llmCounts.keys());
  for (const { llmLabel, goldLabel } of gold) {
    if (goldLabel === '') throw new Error('reclassificationShares: a gold label must be non-empty');
    if (!((llmCounts.get(llmLabel) ?? 0) > 0)) {
      throw new Error(
        `reclassificationShares: gold item with LLM label ${JSON.stringify(llmLabel)}, which no labeled thread has`,
      );
    }
    labelSet.add(goldLabel);
  }
  const labels = [...labelSet].sort(compareIds);
  const k = labels.length;
  const codeOf = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => new Array<number>(k).fill(0));
  for (const { llmLabel, goldLabel } of gold) counts[codeOf.get(llmLabel)!]![codeOf.get(goldLabel)!]! += 1;
  const share = labels.map((l) => (llmCounts.get(l) ?? 0) / threads);
  const goldItems = counts.map((row) => row.reduce((a, b) => a + b, 0));

  const corrected = new Array<number>(k).fill(0);
  const offset = new Array<number>(k).fill(0);
  const rows: { weight: number; counts: number[] }[] = [];
  labels.forEach((_, i) => {
    if (share[i] === 0) return;
    if (goldItems[i] === 0) {
      corrected[i]! += share[i]!;
      offset[i]! += share[i]!;
      return;
    }
    counts[i]!.forEach((n, j) => {
      corrected[j]! += (share[i]! * n) / goldItems[i]!;
    });
    rows.push({ weight: share[i]!, counts: counts[i]! });
  });
  const ci = dirichletMixtureIntervals(rows, offset, { prior: 1 / k, draws: options.draws, seed: options.seed });
  return {
    method: 'reclassification',
    threads,
    goldItems: gold.length,
    unvalidated: labels.filter((_, i) => share[i]! > 0 && goldItems[i] === 0),
    categories: labels.map((label, i) => ({
      label,
      llmCount: llmCounts.get(label) ?? 0,
      llmShare: share[i]!,
      goldItems: goldItems[i]!,
      corrected: corrected[i]!,
      ci: ci[i]!,
    })),
    draws: options.draws,
    seed: options.seed,
  };
}
