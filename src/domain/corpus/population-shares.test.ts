import { describe, expect, test } from 'vitest';
import { populationShares } from './population-shares';
import { reclassificationShares } from './reclassification-shares';

describe('populationShares', () => {
  test('equals reclassificationShares on the counts and pairs it builds (the CLI uses it too)', () => {
    const labels = new Map<string, string | null>([
      ['a', 'A'],
      ['b', 'A'],
      ['c', 'B'],
      ['d', null],
    ]);
    const gold = new Map([
      ['a', 'B'],
      ['c', 'B'],
      ['d', 'A'],
    ]);
    const r = populationShares(labels, gold, { draws: 200, seed: 3 });
    const direct = reclassificationShares(
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
      [
        { llmLabel: 'A', goldLabel: 'B' },
        { llmLabel: 'B', goldLabel: 'B' },
      ],
      { draws: 200, seed: 3 },
    );
    expect(r.categories).toEqual(direct.categories);
    expect(r.unlabeled).toBe(1);
    expect(r.goldOnUnlabeledThreads).toBe(1);
  });

  test('refuses a gold item outside the population, naming it', () => {
    expect(() => populationShares(new Map([['a', 'A']]), new Map([['z', 'A']]), { draws: 10, seed: 1 })).toThrow(
      /"z" is not a thread of the population/,
    );
  });
});
