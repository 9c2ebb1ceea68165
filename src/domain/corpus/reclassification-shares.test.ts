import { describe, expect, it } from 'vitest';
import { createRandom, randomInt } from '../random.ts';
import { reclassificationShares, type GoldPair } from './reclassification-shares.ts';

// Ten labeled threads: the LLM said A five times, B three times, C twice (q = .5, .3, .2).
// Five gold items: of the LLM's A, two are gold A and one gold B; of its B, one A and one B.
// By hand: corrected_A = .5·2/3 + .3·1/2 = 0.48333…, corrected_B = .5·1/3 + .3·1/2 = 0.31666…,
// corrected_C = .2 (no gold item: uncorrected).
const counts = new Map([
  ['A', 5],
  ['B', 3],
  ['C', 2],
]);
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
    const narrow = reclassificationShares(counts, Array.from({ length: 10 }, () => gold).flat(), options).categories[0]!
      .ci;
    expect(narrow[1] - narrow[0]).toBeLessThan((wide[1] - wide[0]) / 2);
  });

  it('gives a gold label the LLM never used a share with zero LLM count', () => {
    const r = reclassificationShares(
      new Map([['A', 4]]),
      [
        { llmLabel: 'A', goldLabel: 'A' },
        { llmLabel: 'A', goldLabel: 'Z' },
      ],
      options,
    );
    expect(r.categories.map((c) => [c.label, c.llmCount, c.corrected])).toEqual([
      ['A', 4, 0.5],
      ['Z', 0, 0.5],
    ]);
    expect(r.unvalidated).toEqual([]);
  });

  it('leaves every share uncorrected without gold items', () => {
    const r = reclassificationShares(counts, [], options);
    expect(r.categories.map((c) => c.corrected)).toEqual([0.5, 0.3, 0.2]);
    expect(r.categories.map((c) => c.ci)).toEqual([
      [0.5, 0.5],
      [0.3, 0.3],
      [0.2, 0.2],
    ]);
    expect(r.unvalidated).toEqual(['A', 'B', 'C']);
  });

  it('refuses a gold item whose LLM label no thread has, and an empty population', () => {
    expect(() => reclassificationShares(counts, [{ llmLabel: 'D', goldLabel: 'A' }], options)).toThrow(
      /LLM label "D", which no labeled thread has/,
    );
    expect(() => reclassificationShares(new Map(), [], options)).toThrow(/at least one labeled thread/);
  });
});

describe('reclassificationShares on a simulated population', () => {
  // 20,000 threads, true shares .6/.3/.1; the LLM calls 30% of the true B threads A, so its own
  // shares are biased (A .69, B .21). Gold labels = the truth of threads drawn at random
  // (with replacement: at 1,500 of 20,000 that is close to a simple random sample).
  const random = createRandom(11);
  const truth: string[] = [];
  const llm: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const u = random();
    const t = u < 0.6 ? 'A' : u < 0.9 ? 'B' : 'C';
    truth.push(t);
    llm.push(t === 'B' && random() < 0.3 ? 'A' : t);
  }
  const llmCounts = new Map<string, number>();
  for (const l of llm) llmCounts.set(l, (llmCounts.get(l) ?? 0) + 1);
  const trueShare = (label: string) => truth.filter((t) => t === label).length / truth.length;
  const pairsOf = (items: readonly number[]): GoldPair[] =>
    items.map((i) => ({ llmLabel: llm[i]!, goldLabel: truth[i]! }));

  it('recovers the true shares from a random gold sample, inside the interval', () => {
    const items = Array.from({ length: 1500 }, () => randomInt(random, truth.length));
    const r = reclassificationShares(llmCounts, pairsOf(items), { draws: 4000, seed: 1 });
    const a = r.categories[0]!;
    expect(a.llmShare - trueShare('A')).toBeGreaterThan(0.07);
    for (const c of r.categories) {
      expect(Math.abs(c.corrected - trueShare(c.label))).toBeLessThan(0.02);
      expect(c.ci[0]).toBeLessThan(trueShare(c.label));
      expect(c.ci[1]).toBeGreaterThan(trueShare(c.label));
    }
  });

  it('recovers them from a sample stratified by LLM label with equal allocation', () => {
    const byLabel = new Map<string, number[]>();
    llm.forEach((l, i) => {
      if (!byLabel.has(l)) byLabel.set(l, []);
      byLabel.get(l)!.push(i);
    });
    const items = [...byLabel.values()].flatMap((ids) =>
      Array.from({ length: 500 }, () => ids[randomInt(random, ids.length)]!),
    );
    const r = reclassificationShares(llmCounts, pairsOf(items), { draws: 4000, seed: 1 });
    for (const c of r.categories) expect(Math.abs(c.corrected - trueShare(c.label))).toBeLessThan(0.02);
  });
});
