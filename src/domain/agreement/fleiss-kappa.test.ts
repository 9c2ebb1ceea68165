import { describe, expect, it } from 'vitest';
import { encodeRatings } from './encoded-ratings.ts';
import { fleissKappa, fleissKappas } from './fleiss-kappa.ts';
import { createRandom, randomInt } from '../random.ts';

const matrixOf = (rows: (string | null)[][]) => ({
  itemIds: rows.map((_, i) => `item-${String(i).padStart(3, '0')}`),
  raterIds: rows[0]!.map((_, r) => `rater-${r}`),
  ratings: rows,
});

// Fleiss (1971), Psychological Bulletin 76:378–382, Table 1: 30 patients, 6 psychiatrists each,
// 5 diagnoses (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other).
// Fleiss publishes only the counts per category; these rows are the same counts as R's
// irr::diagnoses (also statsmodels' test_inter_rater.py), which reproduces them rater by rater.
const DIAGNOSES = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
];
const diagnosesMatrix = () => matrixOf(DIAGNOSES.map((row) => row.map(String)));

describe('fleissKappa', () => {
  it('reproduces Fleiss (1971): kappa 0.430 on the psychiatric diagnoses', () => {
    const k = fleissKappa(encodeRatings(diagnosesMatrix()));
    expect(k.value).toBeCloseTo(0.43, 3);
    expect(k.value).toBeCloseTo(0.4302445, 7); // irr::kappam.fleiss(diagnoses)
    expect(k.items).toBe(30);
  });

  it("gives the Fleiss, Nee & Landis (1979) null SE behind irr's z = 17.65183", () => {
    const k = fleissKappa(encodeRatings(diagnosesMatrix()));
    expect(k.value! / k.seNull!).toBeCloseTo(17.65183, 4);
  });

  it('reproduces the per-category kappas of Fleiss (1971): .245 .245 .520 .471 .566', () => {
    const { perCategory } = fleissKappas(encodeRatings(diagnosesMatrix()));
    expect(perCategory.map((c) => c.category)).toEqual(['1', '2', '3', '4', '5']);
    [0.245, 0.245, 0.52, 0.471, 0.566].forEach((expected, c) => expect(perCategory[c]!.value).toBeCloseTo(expected, 3));
    expect(perCategory[0]!.seNull).toBeCloseTo(Math.sqrt(2 / (30 * 6 * 5)), 15);
  });

  it('gives a linearization SE close to the jackknife SE on a large sample', () => {
    const random = createRandom(7);
    const rows = Array.from({ length: 800 }, () => {
      const truth = randomInt(random, 4);
      return Array.from({ length: 3 }, () => String(random() < 0.7 ? truth : randomInt(random, 4)));
    });
    const data = encodeRatings(matrixOf(rows));
    const full = fleissKappa(data);
    const leaveOut = rows.map((_, i) => fleissKappa(encodeRatings(matrixOf(rows.filter((__, j) => j !== i)))).value!);
    const mean = leaveOut.reduce((a, b) => a + b, 0) / leaveOut.length;
    const n = rows.length;
    const jackknife = Math.sqrt(((n - 1) / n) * leaveOut.reduce((a, b) => a + (b - mean) ** 2, 0));
    expect(full.se! / jackknife).toBeGreaterThan(0.95);
    expect(full.se! / jackknife).toBeLessThan(1.05);
    expect(full.ci!.lower).toBeCloseTo(full.value! - 1.959963984540054 * full.se!, 14);
  });

  it('is null when every rating is the same category', () => {
    const k = fleissKappa(
      encodeRatings(
        matrixOf([
          ['a', 'a'],
          ['a', 'a'],
        ]),
      ),
    );
    expect(k.value).toBeNull();
    expect(k.reason).toMatch(/expected agreement is 1/);
    expect(k.ci).toBeNull();
  });

  it('is null when a rater rated nothing (no complete item)', () => {
    const k = fleissKappa(
      encodeRatings(
        matrixOf([
          ['a', 'b', null],
          ['b', 'b', null],
        ]),
      ),
    );
    expect(k).toMatchObject({ value: null, items: 0, reason: 'no item was rated by every rater' });
  });

  it('uses only complete items and works with two raters and one item', () => {
    const data = encodeRatings(
      matrixOf([
        ['a', 'b'],
        ['a', null],
      ]),
    );
    const k = fleissKappa(data);
    expect(k.items).toBe(1);
    expect(k.value).toBe(-1); // P̄ = 0, P̄e = 1/2
    expect(k.se).toBeNull(); // no variance estimate from one item
  });

  it('is null with fewer than two raters', () => {
    expect(fleissKappa(encodeRatings(matrixOf([['a'], ['b']]))).reason).toBe('fewer than two raters');
  });

  it('gives a null category kappa for a category unused on complete items', () => {
    const data = encodeRatings(
      matrixOf([
        ['a', 'b'],
        ['b', 'b'],
      ]),
      { categories: ['a', 'b', 'c'] },
    );
    expect(fleissKappas(data).perCategory[2]).toMatchObject({ value: null, category: 'c' });
  });
});
