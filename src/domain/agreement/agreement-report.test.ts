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
const values = (r: ReturnType<typeof computeAgreementReport>) =>
  [r.percentAgreement.value, r.meanPairwiseAgreement.value, r.fleiss.value, r.krippendorff.value, ...r.cohen.map((c) => c.value)];

describe('computeAgreementReport', () => {
  it('does not depend on row order, and its seeded bootstrap neither', () => {
    const rows = rowsOf(1);
    const reversed = [...rows].reverse();
    const options = { bootstrap: { seed: 7, resamples: 50 } };
    expect(computeAgreementReport(ratingsMatrixFromRows(reversed), options)).toEqual(computeAgreementReport(ratingsMatrixFromRows(rows), options));
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
    expect(withModel.model!.cohen.map((c) => [c.a, c.b])).toEqual([['cy', 'ann'], ['cy', 'bob']]);
  });

  it('names a rater who rated nothing when no item is complete', () => {
    const matrix = ratingsMatrixFromRows([
      { itemId: '1', raterId: 'a', label: 'x' }, { itemId: '1', raterId: 'b', label: 'y' },
      { itemId: '2', raterId: 'a', label: 'y' }, { itemId: '2', raterId: 'b', label: 'y' },
      { itemId: '2', raterId: 'idle', label: null },
    ]);
    const report = computeAgreementReport(matrix);
    expect(report.fleiss.reason).toBe('no item was rated by every rater (rated nothing: "idle")');
    expect(report.percentAgreement.value).toBeNull();
    expect(report.krippendorff.value).not.toBeNull();
    expect(report.cohen.find((c) => c.b === 'idle')!.reason).toBe('no item was rated by both raters');
  });

  it('reports nulls, never NaN, with a single category, one item or no items', () => {
    const single = computeAgreementReport({ itemIds: ['1', '2'], raterIds: ['a', 'b'], ratings: [['x', 'x'], ['x', 'x']] }, { bootstrap: { seed: 1, resamples: 20 } });
    expect(single.percentAgreement.value).toBe(1);
    expect([single.fleiss.value, single.krippendorff.value, single.cohen[0]!.value]).toEqual([null, null, null]);
    const empty = computeAgreementReport({ itemIds: [], raterIds: ['a', 'b'], ratings: [] }, { bootstrap: { seed: 1, resamples: 20 } });
    expect(values(empty)).toEqual([null, null, null, null, null]);
    expect(empty.fleiss.bootstrap!.reason).toBe('no items to resample');
    const numbers = (x: unknown): number[] =>
      typeof x === 'number' ? [x] : x !== null && typeof x === 'object' ? Object.values(x).flatMap(numbers) : [];
    expect(numbers(single).every(Number.isFinite)).toBe(true);
    expect(numbers(empty).every(Number.isFinite)).toBe(true);
  });
});
