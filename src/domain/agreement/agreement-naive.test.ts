// The engine against plain, independent implementations: direct formula loops over strings,
// no integer codes, no shared code, on random data from a seeded generator.
import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from './agreement-report.ts';
import type { RatingsMatrix } from './ratings-matrix.ts';
import { createRandom, randomInt } from '../random.ts';

function randomMatrix(seed: number, items: number, raters: number, categories: number, missing: number): RatingsMatrix {
  const random = createRandom(seed);
  const labels = Array.from({ length: categories }, (_, c) => `cat ${c}`);
  const ratings = Array.from({ length: items }, () => {
    const truth = labels[randomInt(random, categories)]!;
    return Array.from({ length: raters }, () =>
      random() < missing ? null : random() < 0.6 ? truth : labels[randomInt(random, categories)]!,
    );
  });
  return {
    itemIds: ratings.map((_, i) => `t${String(i).padStart(4, '0')}`),
    raterIds: Array.from({ length: raters }, (_, r) => `r${r}`),
    ratings,
  };
}

function naiveCohen(m: RatingsMatrix, a: number, b: number): { kappa: number; se: number } {
  const pairs = m.ratings.filter((row) => row[a] !== null && row[b] !== null).map((row) => [row[a]!, row[b]!] as const);
  const n = pairs.length;
  const cats = [...new Set(pairs.flat())];
  const p = (x: string, y: string) => pairs.filter(([u, v]) => u === x && v === y).length / n;
  const row = (x: string) => pairs.filter(([u]) => u === x).length / n;
  const col = (y: string) => pairs.filter(([, v]) => v === y).length / n;
  const po = cats.reduce((s, c) => s + p(c, c), 0);
  const pe = cats.reduce((s, c) => s + row(c) * col(c), 0);
  const kappa = (po - pe) / (1 - pe);
  let sum = 0;
  for (const i of cats) {
    sum += p(i, i) * (1 - (row(i) + col(i)) * (1 - kappa)) ** 2;
    for (const j of cats) if (i !== j) sum += (1 - kappa) ** 2 * p(i, j) * (col(i) + row(j)) ** 2;
  }
  return { kappa, se: Math.sqrt((sum - (kappa - pe * (1 - kappa)) ** 2) / (n * (1 - pe) ** 2)) };
}

function naiveFleiss(m: RatingsMatrix): number {
  const complete = m.ratings.filter((row) => row.every((l) => l !== null)) as string[][];
  const raters = m.raterIds.length;
  const cats = [...new Set(complete.flat())];
  const count = (row: string[], c: string) => row.filter((l) => l === c).length;
  const pBar =
    complete.reduce(
      (s, row) => s + (cats.reduce((t, c) => t + count(row, c) ** 2, 0) - raters) / (raters * (raters - 1)),
      0,
    ) / complete.length;
  const pe = cats.reduce(
    (s, c) => s + (complete.reduce((t, row) => t + count(row, c), 0) / (complete.length * raters)) ** 2,
    0,
  );
  return (pBar - pe) / (1 - pe);
}

function naiveAlpha(m: RatingsMatrix): number {
  const o = new Map<string, number>();
  for (const row of m.ratings) {
    const values = row.filter((l): l is string => l !== null);
    if (values.length < 2) continue;
    values.forEach((x, i) =>
      values.forEach((y, j) => {
        if (i !== j) o.set(`${x}\u0000${y}`, (o.get(`${x}\u0000${y}`) ?? 0) + 1 / (values.length - 1));
      }),
    );
  }
  const cats = [...new Set(m.ratings.flat().filter((l): l is string => l !== null))];
  const nc = (c: string) => cats.reduce((s, k) => s + (o.get(`${c}\u0000${k}`) ?? 0), 0);
  const n = cats.reduce((s, c) => s + nc(c), 0);
  let observed = 0;
  let expected = 0;
  for (const c of cats)
    for (const k of cats)
      if (c !== k) {
        observed += o.get(`${c}\u0000${k}`) ?? 0;
        expected += nc(c) * nc(k);
      }
  return 1 - ((n - 1) * observed) / expected;
}

describe('the report against naive implementations', () => {
  for (const [seed, items, raters, categories, missing] of [
    [1, 150, 3, 4, 0.1],
    [2, 400, 4, 6, 0.2],
    [3, 60, 2, 3, 0],
    [4, 300, 5, 11, 0.03],
  ] as const) {
    it(`agrees on seed ${seed}: ${items} items, ${raters} raters, ${categories} categories, ${missing * 100}% missing`, () => {
      const m = randomMatrix(seed, items, raters, categories, missing);
      const report = computeAgreementReport(m);
      const complete = m.ratings.filter((row) => row.every((l) => l !== null));
      expect(report.percentAgreement.value).toBeCloseTo(
        complete.filter((row) => new Set(row).size === 1).length / complete.length,
        14,
      );
      expect(report.fleiss.value).toBeCloseTo(naiveFleiss(m), 12);
      expect(report.krippendorff.value).toBeCloseTo(naiveAlpha(m), 12);
      for (const c of report.cohen) {
        const naive = naiveCohen(m, m.raterIds.indexOf(c.a), m.raterIds.indexOf(c.b));
        expect(c.value).toBeCloseTo(naive.kappa, 12);
        expect(c.se).toBeCloseTo(naive.se, 12);
      }
    });
  }
});
