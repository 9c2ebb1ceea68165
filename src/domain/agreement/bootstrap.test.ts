import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from './agreement-report.ts';
import { bootstrapIntervals, quantile } from './bootstrap.ts';
import { cohenTable, kappaFromTable, tallyCohen } from './cohen-kappa.ts';
import { encodeRatings } from './encoded-ratings.ts';
import { fleissCategoryKappaFromSums, fleissKappaFromSums } from './fleiss-kappa.ts';
import { fleissSums, tallyFleiss } from './fleiss-tally.ts';
import { krippendorffAlphaFromSums, krippendorffSums, tallyKrippendorff } from './krippendorff-alpha.ts';
import { classificationMetrics } from './classification-metrics.ts';
import { confusionTable, tallyGold } from './model-vs-gold.ts';
import { percentAgreementValue, tallyPercentAgreement } from './percent-agreement.ts';
import { reportResampleKernel } from './resample-kernel.ts';
import { createRandom, randomInt } from '../random.ts';

function studyMatrix(seed: number) {
  const random = createRandom(seed);
  const labels = ['a', 'b', 'c', 'd'];
  const ratings = Array.from({ length: 200 }, () => {
    const truth = labels[randomInt(random, 4)]!;
    return Array.from({ length: 4 }, () =>
      random() < 0.1 ? null : random() < 0.7 ? truth : labels[randomInt(random, 4)]!,
    );
  });
  const itemIds = ratings.map((_, i) => `t${String(i).padStart(3, '0')}`);
  const gold = new Map(itemIds.map((id, i) => [id, ratings[i]![0] ?? 'e']));
  return { matrix: { itemIds, raterIds: ['h1', 'h2', 'h3', 'llm'], ratings }, gold };
}

describe('bootstrapIntervals', () => {
  it('is reproducible for a seed and changes with it', () => {
    const { matrix, gold } = studyMatrix(1);
    const run = (seed: number) =>
      computeAgreementReport(matrix, { modelRater: 'llm', gold, bootstrap: { seed, resamples: 200 } });
    expect(run(42)).toEqual(run(42));
    expect(run(42).fleiss.bootstrap).not.toEqual(run(43).fleiss.bootstrap);
    expect(run(42).bootstrap).toMatchObject({ seed: 42, resamples: 200 });
  });

  it('counts the resamples in which a statistic is undefined', () => {
    // Two items: a resample of the same item twice leaves kappa undefined (one category).
    const matrix = {
      itemIds: ['1', '2'],
      raterIds: ['A', 'B'],
      ratings: [
        ['x', 'x'],
        ['y', 'y'],
      ],
    };
    const {
      cohen: [ab],
    } = computeAgreementReport(matrix, { bootstrap: { seed: 5, resamples: 400 } });
    expect(ab!.bootstrap!.undefinedResamples).toBeGreaterThan(150);
    expect(ab!.bootstrap!.undefinedResamples).toBeLessThan(250);
    expect(ab!.bootstrap).toMatchObject({ lower: 1, upper: 1, resamples: 400 });
  });

  it('reports an interval as null when the statistic is undefined in every resample', () => {
    const matrix = { itemIds: ['1'], raterIds: ['A', 'B'], ratings: [['x', 'x']] };
    const report = computeAgreementReport(matrix, { bootstrap: { seed: 1, resamples: 10 } });
    expect(report.fleiss.bootstrap).toMatchObject({ lower: null, upper: null, undefinedResamples: 10 });
    expect(report.fleiss.bootstrap!.reason).toMatch(/undefined in every resample/);
  });

  it('refuses bad options', () => {
    expect(() => bootstrapIntervals(3, { seed: 1, resamples: 0 }, [])).toThrow(
      'bootstrapIntervals: resamples must be a positive integer',
    );
    expect(() => bootstrapIntervals(3, { seed: 1.5, resamples: 10 }, [])).toThrow(
      'bootstrapIntervals: seed must be an integer',
    );
  });

  it('takes type 7 quantiles', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.975)).toBe(10);
    expect(quantile([0, 10], 0.025)).toBeCloseTo(0.25, 15);
  });
});

describe('reportResampleKernel', () => {
  it('gives the values of the separate statistics for any item weights', () => {
    const { matrix, gold } = studyMatrix(2);
    const data = encodeRatings(matrix);
    const humans = [0, 1, 2];
    const pairs: [number, number][] = [
      [0, 1],
      [0, 2],
      [1, 2],
    ];
    const modelPairs: [number, number][] = [
      [3, 0],
      [3, 1],
      [3, 2],
    ];
    const goldTally = tallyGold(data, 'llm', gold);
    const kernel = reportResampleKernel(data, humans, pairs, modelPairs, goldTally);
    expect(kernel.groups.count).toBeLessThan(data.nItems);
    const random = createRandom(9);
    for (let trial = 0; trial < 5; trial++) {
      const weights = Uint32Array.from({ length: data.nItems }, () => randomInt(random, 3));
      const groupWeights = new Uint32Array(kernel.groups.count);
      weights.forEach((w, i) => {
        groupWeights[kernel.groups.of[i]!]! += w;
      });
      const k = data.categories.length;
      const fleiss = fleissSums(tallyFleiss(data, humans), weights);
      const metrics = classificationMetrics(confusionTable(goldTally, weights), goldTally.categories.length);
      const tables = [...pairs, ...modelPairs].map(([a, b]) => cohenTable(tallyCohen(data, a, b), weights));
      const meanPairwise =
        tables.slice(0, 3).reduce((s, t) => s + (t[0]! + t[5]! + t[10]! + t[15]!) / t.reduce((x, y) => x + y, 0), 0) /
        3;
      const expected = [
        percentAgreementValue(tallyPercentAgreement(data, humans), weights).value,
        meanPairwise,
        ...tables.map((t) => kappaFromTable(t, k).value),
        fleissKappaFromSums(fleiss, 3).value,
        ...data.categories.map((_, c) => fleissCategoryKappaFromSums(fleiss, 3, c).value),
        krippendorffAlphaFromSums(krippendorffSums(tallyKrippendorff(data, humans), weights)).value,
        metrics.accuracy.value,
        metrics.macroF1.value,
        metrics.weightedF1.value,
        ...metrics.perCategory.map((c) => c.precision.value),
        ...metrics.perCategory.map((c) => c.recall.value),
        ...metrics.perCategory.map((c) => c.f1.value),
      ];
      const actual = kernel.family(groupWeights);
      expect(actual).toHaveLength(expected.length);
      actual.forEach((v, s) => expect(v).toBeCloseTo(expected[s]!, 12));
    }
  });
});
