import { describe, expect, test } from 'vitest';
import { correctedSharesSentence } from './corrected-shares-sentence';
import { populationShares } from './population-shares';

describe('correctedSharesSentence', () => {
  test('names the estimator, the population, the gold items and every share with its interval', () => {
    const r = populationShares(
      new Map([
        ['a', 'A'],
        ['b', 'A'],
        ['c', 'B'],
      ]),
      new Map([['a', 'A']]),
      { draws: 100, seed: 1 },
    );
    const s = correctedSharesSentence(r, 'every thread', ['Pilot']);
    expect(s).toMatch(
      /^Category shares of the LLM's labels over 3 labeled threads \(every thread\) were corrected .* reclassification estimator on 1 adjudicated gold labels \(Pilot\)/,
    );
    expect(s).toContain(`A 66.7% → ${(r.categories[0]!.corrected * 100).toFixed(1)}%`);
    expect(s).toMatch(/B had no gold item and kept its uncorrected share\.$/);
  });
});
