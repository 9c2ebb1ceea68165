import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from './agreement-report.ts';
import { ratingsMatrixFromRows, type RatingRow } from './ratings-matrix.ts';
import { createRandom, randomInt } from '../random.ts';

const rowsOf = (seed: number): RatingRow[] => {
  const random = createRandom(seed);
  const rows: RatingRow[] = [];
  for (let i = 0; i < 80; i++) {
    const truth = randomInt(random, 3);
    for (const raterId of ['ann', 'bob', 'cy']) {
      if (random() < 0.1) continue;
      rows.push({ itemId: `t${i}`, raterId, label: String(random() < 0.7 ? truth : randomInt(random, 3)) });
    }
  }
  return rows;
};
const values = (r: ReturnType<typeof computeAgreementReport>) => [
  r.percentAgreement.value,
  r.meanPairwiseAgreement.value,
  r.fleiss.value,
  r.krippendorff.value,
  ...r.cohen.map((c) => c.value),
];

describe('computeAgreementReport', () => {
  it('does not depend on row order, and its seeded bootstrap neither', () => {
    const rows = rowsOf(1);
    const reversed = [...rows].reverse();
    const options = { bootstrap: { seed: 7, resamples: 50 } };
    expect(computeAgreementReport(ratingsMatrixFromRows(reversed), options)).toEqual(
      computeAgreementReport(ratingsMatrixFromRows(rows), options),
    );
  });

  it('is invariant to renaming categories', () => {
    const rows = rowsOf(2);
    const renamed = rows.map((r) => ({ ...r, label: r.label === null ? null : `«${r.label}»` }));
    const a = values(computeAgreementReport(ratingsMatrixFromRows(rows)));
    const b = values(computeAgreementReport(ratingsMatrixFromRows(renamed)));
    b.forEach((v, i) => expect(v).toBeCloseTo(a[i]!, 14));
  });

  it('leaves the model out of the agreement among humans and compares it to each', () => {
    const rows = rowsOf(3);
    const humansOnly = computeAgreementReport(ratingsMatrixFromRows(rows.filter((r) => r.raterId !== 'cy')));
    const withModel = computeAgreementReport(ratingsMatrixFromRows(rows), { modelRater: 'cy' });
    expect(withModel.raters).toEqual(['ann', 'bob']);
    expect(values(withModel)).toEqual(values(humansOnly));
    expect(withModel.model!.cohen.map((c) => [c.a, c.b])).toEqual([
      ['cy', 'ann'],
      ['cy', 'bob'],
    ]);
  });

  it('names a rater who rated nothing when no item is complete', () => {
    const matrix = ratingsMatrixFromRows([
      { itemId: '1', raterId: 'a', label: 'x' },
      { itemId: '1', raterId: 'b', label: 'y' },
      { itemId: '2', raterId: 'a', label: 'y' },
      { itemId: '2', raterId: 'b', label: 'y' },
      { itemId: '2', raterId: 'idle', label: null },
    ]);
    const report = computeAgreementReport(matrix);
    expect(report.fleiss.reason).toBe('no item was rated by every rater (rated nothing: "idle")');
    expect(report.percentAgreement.value).toBeNull();
    expect(report.krippendorff.value).not.toBeNull();
    expect(report.cohen.find((c) => c.b === 'idle')!.reason).toBe('no item was rated by both raters');
  });

  it('says why Fleiss covers no item when each item is rated by 2 of the 3 raters, while alpha covers them all', () => {
    // A common design: three reviewers, each thread labeled by two of them.
    const pairsOf: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ];
    const rows = Array.from({ length: 12 }, (_, i) =>
      pairsOf[i % 3]!.map((raterId) => ({
        itemId: `t${i}`,
        raterId,
        label: i % 4 === 0 && raterId === 'c' ? 'y' : 'x',
      })),
    ).flat();
    const report = computeAgreementReport(ratingsMatrixFromRows(rows));
    const reason =
      "no item was rated by every rater: each item was rated by at most 2 of the 3 raters, and this statistic uses only items rated by all of them (Krippendorff's alpha uses every item with at least two ratings)";
    expect(report.fleiss).toMatchObject({ value: null, items: 0, reason });
    expect(report.percentAgreement.reason).toBe(reason);
    expect(report.fleiss.perCategory.map((c) => c.reason)).toEqual([reason, reason]);
    expect(report.krippendorff.items).toBe(12);
    expect(report.krippendorff.value).not.toBeNull();
  });

  it('marks per-category statistics on fewer than 10 items', () => {
    // 12 items rated by ann, bob and the model; "rare" is used on 3 items, "common" on 10: exactly 10 is not few.
    const labels = ['rare', 'rare', 'rare', ...Array.from({ length: 9 }, () => 'common')];
    const rows = labels.flatMap((label, i) =>
      ['ann', 'bob', 'llm'].map((raterId) => ({
        itemId: `t${String(i).padStart(2, '0')}`,
        raterId,
        label: raterId === 'bob' && i === 0 ? 'common' : label,
      })),
    );
    const gold = new Map(labels.map((label, i) => [`t${String(i).padStart(2, '0')}`, label]));
    const report = computeAgreementReport(ratingsMatrixFromRows(rows), { modelRater: 'llm', gold });
    expect(report.fleiss.perCategory.map((c) => [c.category, c.items, c.usedOn, c.fewItems])).toEqual([
      ['common', 12, 10, false],
      ['rare', 12, 3, true],
    ]);
    expect(report.model!.gold!.perCategory.map((c) => [c.category, c.support, c.predicted, c.fewItems])).toEqual([
      ['common', 9, 9, true],
      ['rare', 3, 3, true],
    ]);
    const many = computeAgreementReport(
      ratingsMatrixFromRows([...rows, ...rows.map((r) => ({ ...r, itemId: `u${r.itemId}` }))]),
      {
        modelRater: 'llm',
        gold: new Map([...gold, ...[...gold].map(([id, l]): [string, string] => [`u${id}`, l])]),
      },
    );
    expect(many.model!.gold!.perCategory.map((c) => [c.category, c.fewItems])).toEqual([
      ['common', false],
      ['rare', true],
    ]);
  });

  it('reports nulls, never NaN, with a single category, one item or no items', () => {
    const single = computeAgreementReport(
      {
        itemIds: ['1', '2'],
        raterIds: ['a', 'b'],
        ratings: [
          ['x', 'x'],
          ['x', 'x'],
        ],
      },
      { bootstrap: { seed: 1, resamples: 20 } },
    );
    expect(single.percentAgreement.value).toBe(1);
    expect([single.fleiss.value, single.krippendorff.value, single.cohen[0]!.value]).toEqual([null, null, null]);
    const empty = computeAgreementReport(
      { itemIds: [], raterIds: ['a', 'b'], ratings: [] },
      { bootstrap: { seed: 1, resamples: 20 } },
    );
    expect(values(empty)).toEqual([null, null, null, null, null]);
    expect(empty.fleiss.bootstrap!.reason).toBe('no items to resample');
    const numbers = (x: unknown): number[] =>
      typeof x === 'number' ? [x] : x !== null && typeof x === 'object' ? Object.values(x).flatMap(numbers) : [];
    expect(numbers(single).every(Number.isFinite)).toBe(true);
    expect(numbers(empty).every(Number.isFinite)).toBe(true);
  });
});
