import { quantile } from '../agreement/bootstrap.ts';
import { createRandom } from '../random.ts';
import { createGammaSampler } from './gamma-sampler.ts';

/** One row of the mixture: a known weight and the counts of a multinomial over K categories. */
export interface DirichletRow {
  readonly weight: number;
  readonly counts: readonly number[];
}

export interface DirichletOptions {
  /** Pseudo-count added to every cell (Dirichlet prior); > 0. */
  readonly prior: number;
  readonly draws: number;
  readonly seed: number;
}

/**
 * Percentile intervals of the linear combinations s_j = offset_j + Σ_i w_i θ_ij, j = 1…K,
 * where each row's θ_i ~ Dirichlet(counts_i + prior) independently (the posterior of a
 * multinomial's probabilities under a symmetric Dirichlet prior; Gelman et al., Bayesian Data
 * Analysis, 3rd ed., §3.4). A Dirichlet draw is K Gamma(α_j, 1) draws divided by their sum
 * (`createGammaSampler`, Marsaglia–Tsang), all from one mulberry32 stream seeded with `seed`,
 * rows in order, so the result is reproducible. The interval of s_j is its 2.5th and 97.5th
 * percentiles over the draws (Hyndman & Fan type 7, as the bootstrap).
 *
 * Preconditions (each throws, naming the function): `draws` a positive integer, `seed` an
 * integer, `prior` > 0, every row with K non-negative counts and a finite weight, `offset` of
 * length K. With no rows every draw equals `offset`, so each interval is [offset_j, offset_j].
 * Returns one `[lower, upper]` per category.
 */
export function dirichletMixtureIntervals(
  rows: readonly DirichletRow[],
  offset: readonly number[],
  options: DirichletOptions,
): [number, number][] {
  const { prior, draws, seed } = options;
  const k = offset.length;
  if (!Number.isInteger(draws) || draws < 1)
    throw new Error('dirichletMixtureIntervals: draws must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('dirichletMixtureIntervals: seed must be an integer');
  if (!(prior > 0) || !Number.isFinite(prior))
    throw new Error('dirichletMixtureIntervals: prior must be a finite number > 0');
  for (const row of rows) {
    if (row.counts.length !== k)
      throw new Error(`dirichletMixtureIntervals: every row needs ${k} counts (one per category)`);
    if (!Number.isFinite(row.weight)) throw new Error('dirichletMixtureIntervals: a row weight must be finite');
    if (row.counts.some((n) => !(n >= 0) || !Number.isFinite(n)))
      throw new Error('dirichletMixtureIntervals: counts must be finite and non-negative');
  }
  const gamma = createGammaSampler(createRandom(seed));
  const alphas = rows.map((row) => row.counts.map((n) => n + prior));
  // samples[j * draws + d]: category-major so that each category's draws sort in place.
  const samples = new Float64Array(k * draws);
  const theta = new Float64Array(k);
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < k; j++) samples[j * draws + d] = offset[j]!;
    rows.forEach((row, i) => {
      const alpha = alphas[i]!;
      let sum = 0;
      for (let j = 0; j < k; j++) {
        theta[j] = gamma(alpha[j]!);
        sum += theta[j]!;
      }
      for (let j = 0; j < k; j++) samples[j * draws + d]! += (row.weight * theta[j]!) / sum;
    });
  }
  return Array.from({ length: k }, (_, j) => {
    const sorted = samples.subarray(j * draws, (j + 1) * draws).sort();
    return [quantile(sorted, 0.025), quantile(sorted, 0.975)];
  });
}
