import { describe, expect, it } from 'vitest';
import { reclassificationShares, type GoldPair } from './reclassification-shares.ts';

// Ten labeled threads: the LLM said A five times, B three times, C twice (q = .5, .3, .2).
// Five gold items: of the LLM's A, two are gold A and one gold B; of its B, one A and one B.
// By hand: corrected_A = .5·2/3 + .3·1/2 = 0.48333…, corrected_B = .5·1/3 + .3·1/2 = 0.31666…,
// corrected_C = .2 (no gold item: uncorrected).
const counts = new Map([['A', 5], ['B', 3], ['C', 2]]);
const gold: GoldPair[] = [
  { llmLabel: 'A', goldLabel: 'A' },
  { llmLabel: 'A', goldLabel: 'A' },
  { llmLabel: 'A', goldLabel: 'B' },
  { llmLabel: 'B', goldLabel: 'A' },
  { llmLabel: 'B', goldLabel: 'B' },
];
const options = { draws: 4000, seed: 1 };

describe('reclassificationShares', () => {
  it('corrects the shares of the 10-thread example worked by hand', () => {
    const r = reclassificationShares(counts, gold, options);
    expect(r.threads).toBe(10);
    expect(r.goldItems).toBe(5);
    expect(r.unvalidated).toEqual(['C']);
    expect(r.categories.map((c) => [c.label, c.llmCount, c.llmShare, c.goldItems])).toEqual([
      ['A', 5, 0.5, 3],
      ['B', 3, 0.3, 2],
      ['C', 2, 0.2, 0],
    ]);
    expect(r.categories[0]!.corrected).toBeCloseTo(0.5 * (2 / 3) + 0.3 * 0.5, 12);
    expect(r.categories[1]!.corrected).toBeCloseTo(0.5 * (1 / 3) + 0.3 * 0.5, 12);
    expect(r.categories[2]!.corrected).toBe(0.2);
  });

  it('keeps an unvalidated label at its share in every draw and brackets the others', () => {
    const r = reclassificationShares(counts, gold, options);
    // Every draw keeps C's own 0.2 and adds what the 1/K prior of A's and B's rows gives C.
    expect(r.categories[2]!.ci[0]).toBeGreaterThanOrEqual(0.2);
    expect(r.categories[2]!.ci[1]).toBeLessThan(0.6);
    for (const c of r.categories.slice(0, 2)) {
      expect(c.ci[0]).toBeLessThan(c.corrected);
      expect(c.ci[1]).toBeGreaterThan(c.corrected);
      expect(c.ci[0]).toBeGreaterThanOrEqual(0);
      expect(c.ci[1]).toBeLessThanOrEqual(0.8);
    }
  });

  it('narrows the interval with ten times the gold items', () => {
    const wide = reclassificationShares(counts, gold, options).categories[0]!.ci;
    const narrow = reclassificationShares(counts, Array.from({ length: 10 }, () => gold).flat(), options).categories[0]!.ci;
    expect(narrow[1] - narrow[0]).toBeLessThan((wide[1] - wide[0]) / 2);
  });

  it('gives a gold label the LLM never used a share with zero LLM count', () => {
    const r = reclassificationShares(new Map([['A', 4]]), [{ llmLabel: 'A', goldLabel: 'A' }, { llmLabel: 'A', goldLabel: 'Z' }], options);
    expect(r.categories.map((c) => [c.label, c.llmCount, c.corrected])).toEqual([['A', 4, 0.5], ['Z', 0, 0.5]]);
    expect(r.unvalidated).toEqual([]);
  });

  it('leaves every share uncorrected without gold items', () => {
    const r = reclassificationShares(counts, [], options);
    expect(r.categories.map((c) => c.corrected)).toEqual([0.5, 0.3, 0.2]);
    expect(r.categories.map((c) => c.ci)).toEqual([[0.5, 0.5], [0.3, 0.3], [0.2, 0.2]]);
    expect(r.unvalidated).toEqual(['A', 'B', 'C']);
  });

  it('refuses a gold item whose LLM label no thread has, and an empty population', () => {
    expect(() => reclassificationShares(counts, [{ llmLabel: 'D', goldLabel: 'A' }], options)).toThrow(/LLM label "D", which no labeled thread has/);
    expect(() => reclassificationShares(new Map(), [], options)).toThrow(/at least one labeled thread/);
  });
});
