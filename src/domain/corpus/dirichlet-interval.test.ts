import { describe, expect, it } from 'vitest';
import { dirichletMixtureIntervals } from './dirichlet-interval.ts';

describe('dirichletMixtureIntervals', () => {
  it('brackets the Beta posterior of one row by its known quantiles', () => {
    // Dirichlet(8.5, 2.5) on two categories: θ₁ ~ Beta(8.5, 2.5), whose 2.5% and 97.5% quantiles
    // are 0.49723 and 0.95594 (scipy.stats.beta.ppf([.025, .975], 8.5, 2.5)).
    const [first] = dirichletMixtureIntervals([{ weight: 1, counts: [8, 2] }], [0, 0], {
      prior: 0.5,
      draws: 40_000,
      seed: 1,
    });
    expect(first![0]).toBeCloseTo(0.49723, 2);
    expect(first![1]).toBeCloseTo(0.95594, 2);
  });

  it('adds the offset and scales by the weight', () => {
    const [a, b] = dirichletMixtureIntervals([{ weight: 0.5, counts: [8, 2] }], [0.5, 0], {
      prior: 0.5,
      draws: 40_000,
      seed: 1,
    });
    expect(a![0]).toBeCloseTo(0.5 + 0.5 * 0.49723, 2);
    expect(b![1]).toBeCloseTo(0.5 * (1 - 0.49723), 2);
  });

  it('gives the offset itself when there is no row', () => {
    expect(dirichletMixtureIntervals([], [0.3, 0.7], { prior: 1, draws: 10, seed: 1 })).toEqual([
      [0.3, 0.3],
      [0.7, 0.7],
    ]);
  });

  it('is reproducible from the seed and changes with it', () => {
    const rows = [
      { weight: 0.6, counts: [3, 1, 0] },
      { weight: 0.4, counts: [0, 2, 2] },
    ];
    const run = (seed: number) => dirichletMixtureIntervals(rows, [0, 0, 0], { prior: 1 / 3, draws: 500, seed });
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('refuses broken preconditions naming the rule', () => {
    const ok = { prior: 1, draws: 10, seed: 1 };
    expect(() => dirichletMixtureIntervals([], [0], { ...ok, draws: 0 })).toThrow(/draws must be a positive integer/);
    expect(() => dirichletMixtureIntervals([], [0], { ...ok, prior: 0 })).toThrow(/prior must be/);
    expect(() => dirichletMixtureIntervals([{ weight: 1, counts: [1] }], [0, 0], ok)).toThrow(/needs 2 counts/);
    expect(() => dirichletMixtureIntervals([{ weight: 1, counts: [-1, 1] }], [0, 0], ok)).toThrow(/non-negative/);
  });
});
