import { describe, expect, it } from 'vitest';
import { encodeRatings } from '../agreement/encoded-ratings.ts';
import { ratingsMatrixFromRows, type RatingRow } from '../agreement/ratings-matrix.ts';
import { compareModels } from './model-comparison.ts';

// Ten gold items (x × 5, y × 5). Run A is right on 8 (wrong on i05, i10), run B on 6 (wrong on
// i03, i04, i08, i09). By hand: A accuracy .8, F1 .8 and .8, macro .8, kappa (.8 − .5)/.5 = .6;
// B accuracy .6, macro F1 .6, kappa .2; only A right on 4 items, only B on 2: exact McNemar
// p = 2·(1 + 6 + 15)/64 = 0.6875.
const goldLabels = 'xxxxxyyyyy';
const runA = 'xxxxyyyyyx';
const runB = 'xxyyxyyxxy';
const id = (i: number) => `i${String(i + 1).padStart(2, '0')}`;
const rows: RatingRow[] = [...goldLabels].flatMap((_, i) => [
  { itemId: id(i), raterId: 'A', label: runA[i]! },
  { itemId: id(i), raterId: 'B', label: runB[i]! },
]);
// i11 has gold but no label from B; i12 both labels but no gold: neither is compared.
rows.push(
  { itemId: 'i11', raterId: 'A', label: 'x' },
  { itemId: 'i12', raterId: 'A', label: 'x' },
  { itemId: 'i12', raterId: 'B', label: 'y' },
);
const gold = new Map([...goldLabels].map((g, i) => [id(i), g]));
gold.set('i11', 'x');
const data = encodeRatings(ratingsMatrixFromRows(rows));
const options = { seed: 1, resamples: 500 };

describe('compareModels', () => {
  it('scores both runs on the gold items both labeled, as worked by hand', () => {
    const r = compareModels(data, 'A', 'B', gold, options);
    expect(r.items).toBe(10);
    expect(r.categories).toEqual(['x', 'y']);
    const [a, b] = r.models;
    expect([a.rater, a.accuracy.value, a.macroF1.value, a.kappa.value]).toEqual([
      'A',
      0.8,
      0.8,
      expect.closeTo(0.6, 12),
    ]);
    expect([b.rater, b.accuracy.value, b.macroF1.value, b.kappa.value]).toEqual([
      'B',
      0.6,
      0.6,
      expect.closeTo(0.2, 12),
    ]);
    expect(a.perCategoryF1.map((f) => f.value)).toEqual([0.8, 0.8]);
    expect(r.mcnemar).toEqual({ onlyFirstCorrect: 4, onlySecondCorrect: 2, p: expect.closeTo(0.6875, 12) });
    expect(r.macroF1Difference.value).toBeCloseTo(0.2, 12);
  });

  it('gives every estimate an interval around it from the same seeded resamples', () => {
    const r = compareModels(data, 'A', 'B', gold, options);
    const [a] = r.models;
    for (const e of [a.accuracy, a.macroF1, a.kappa, r.macroF1Difference]) {
      expect(e.bootstrap!.lower!).toBeLessThanOrEqual(e.value!);
      expect(e.bootstrap!.upper!).toBeGreaterThanOrEqual(e.value!);
      expect(e.bootstrap!.resamples).toBe(500);
    }
    expect(a.accuracy.ci!.lower).toBeLessThan(0.8);
    expect(a.kappa.ci!.upper).toBeGreaterThan(0.6);
    // Paired: the difference's interval is not that of two independent intervals.
    expect(r.macroF1Difference.bootstrap!.lower!).toBeLessThan(0.2);
    expect(compareModels(data, 'A', 'B', gold, options)).toEqual(r);
    expect(compareModels(data, 'A', 'B', gold, { ...options, seed: 2 }).macroF1Difference.bootstrap).not.toEqual(
      r.macroF1Difference.bootstrap,
    );
  });

  it('swaps b and c and negates the difference when the runs are swapped', () => {
    const r = compareModels(data, 'B', 'A', gold, options);
    expect(r.mcnemar).toEqual({ onlyFirstCorrect: 2, onlySecondCorrect: 4, p: expect.closeTo(0.6875, 12) });
    expect(r.macroF1Difference.value).toBeCloseTo(-0.2, 12);
  });

  it('reports null with a reason when no gold item was labeled by both runs', () => {
    const r = compareModels(data, 'A', 'B', new Map([['i11', 'x']]), options);
    expect(r.items).toBe(0);
    expect(r.models[0].accuracy.value).toBeNull();
    expect(r.models[0].accuracy.reason).toMatch(/no item/);
    expect(r.macroF1Difference.value).toBeNull();
    expect(r.macroF1Difference.reason).not.toBe('');
    expect(r.mcnemar.p).toBe(1);
  });

  it('refuses the same rater twice or an unknown rater', () => {
    expect(() => compareModels(data, 'A', 'A', gold, options)).toThrow(/different raters/);
    expect(() => compareModels(data, 'A', 'C', gold, options)).toThrow(/unknown rater "C"/);
  });
});
