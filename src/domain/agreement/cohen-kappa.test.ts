import { describe, expect, it } from 'vitest';
import { cohenKappa, kappaFromTable } from './cohen-kappa.ts';
import { encodeRatings } from './encoded-ratings.ts';
import { createRandom, randomInt } from '../random.ts';

/** Items from a contingency table: `table[x][y]` items rated category x by A and y by B. */
function fromTable(table: number[][]) {
  const ratings: string[][] = [];
  table.forEach((row, x) =>
    row.forEach((count, y) => {
      for (let i = 0; i < count; i++) ratings.push([`c${x}`, `c${y}`]);
    }),
  );
  return { itemIds: ratings.map((_, i) => `item-${String(i).padStart(4, '0')}`), raterIds: ['A', 'B'], ratings };
}

describe('cohenKappa', () => {
  it('reproduces SAS PROC FREQ on a 3 × 3 table: kappa 0.4842, ASE 0.1380, CI 0.2137–0.7547', () => {
    // Printout of a SAS example, as in statsmodels' stats/tests/test_inter_rater.py (table10).
    const k = cohenKappa(
      encodeRatings(
        fromTable([
          [0, 4, 1],
          [0, 8, 0],
          [0, 1, 5],
        ]),
      ),
      'A',
      'B',
    );
    expect(k.value).toBeCloseTo(0.4842, 4);
    expect(k.se).toBeCloseTo(0.138, 4);
    expect(k.ci!.lower).toBeCloseTo(0.2137, 4);
    expect(k.ci!.upper).toBeCloseTo(0.7547, 4);
    expect(k.items).toBe(19);
  });

  it('reproduces the textbook yes/no example: 20, 5, 10, 15 of 50 gives kappa 0.4', () => {
    // Wikipedia, "Cohen's kappa", worked example: p_o = 0.7, p_e = 0.5.
    const k = cohenKappa(
      encodeRatings(
        fromTable([
          [20, 5],
          [10, 15],
        ]),
      ),
      'A',
      'B',
    );
    expect(k.value).toBe(0.4);
  });

  it('is symmetric in the two raters', () => {
    const data = encodeRatings(
      fromTable([
        [11, 3, 2],
        [4, 9, 1],
        [0, 5, 7],
      ]),
    );
    const ab = cohenKappa(data, 'A', 'B');
    const ba = cohenKappa(data, 'B', 'A');
    expect(ba.value).toBe(ab.value);
    expect(ba.se).toBeCloseTo(ab.se!, 15);
  });

  it('is invariant to relabeling categories and to item order', () => {
    const random = createRandom(3);
    const rows = Array.from({ length: 120 }, () =>
      [randomInt(random, 4), randomInt(random, 4)].map((c) => ['x', 'y', 'z', 'w'][c]!),
    );
    const ids = rows.map((_, i) => `i${i}`);
    const base = cohenKappa(encodeRatings({ itemIds: ids, raterIds: ['A', 'B'], ratings: rows }), 'A', 'B').value;
    const renamed = rows.map((row) => row.map((l) => `label ${l.toUpperCase()}`));
    expect(cohenKappa(encodeRatings({ itemIds: ids, raterIds: ['A', 'B'], ratings: renamed }), 'A', 'B').value).toBe(
      base,
    );
    const order = ids.map((_, i) => i).reverse();
    const shuffled = { itemIds: order.map((i) => ids[i]!), raterIds: ['A', 'B'], ratings: order.map((i) => rows[i]!) };
    expect(cohenKappa(encodeRatings(shuffled), 'A', 'B').value).toBe(base);
  });

  it('uses only the items both raters rated', () => {
    const data = encodeRatings({
      itemIds: ['1', '2', '3', '4'],
      raterIds: ['A', 'B'],
      ratings: [
        ['a', 'a'],
        ['b', 'b'],
        ['a', null],
        [null, 'b'],
      ],
    });
    expect(cohenKappa(data, 'A', 'B')).toMatchObject({ value: 1, items: 2, se: 0 });
  });

  it('is null when expected agreement is 1 (one category)', () => {
    const k = cohenKappa(encodeRatings(fromTable([[7]])), 'A', 'B');
    expect(k).toMatchObject({ value: null, se: null, ci: null });
    expect(k.reason).toMatch(/expected agreement is 1/);
  });

  it('is null when a rater rated nothing', () => {
    const data = encodeRatings({
      itemIds: ['1', '2'],
      raterIds: ['A', 'B'],
      ratings: [
        ['a', null],
        ['b', null],
      ],
    });
    expect(cohenKappa(data, 'A', 'B')).toMatchObject({
      value: null,
      items: 0,
      reason: 'no item was rated by both raters',
    });
  });

  it('is defined on one item when the raters disagree, null when they agree', () => {
    expect(
      cohenKappa(
        encodeRatings(
          fromTable([
            [0, 1],
            [0, 0],
          ]),
        ),
        'A',
        'B',
      ).value,
    ).toBe(0);
    expect(
      cohenKappa(
        encodeRatings(
          fromTable([
            [1, 0],
            [0, 0],
          ]),
        ),
        'A',
        'B',
      ).value,
    ).toBeNull();
  });

  it('refuses an unknown rater and a rater paired with itself', () => {
    const data = encodeRatings(
      fromTable([
        [1, 1],
        [1, 1],
      ]),
    );
    expect(() => cohenKappa(data, 'A', 'Z')).toThrow('cohenKappa: unknown rater "Z"');
    expect(() => cohenKappa(data, 'A', 'A')).toThrow('cohenKappa: the two raters must differ');
  });

  it('computes kappa from a table exactly: (n·A − E) / (n² − E)', () => {
    expect(kappaFromTable([0, 0, 0, 0], 2)).toEqual({ value: null, reason: 'no item was rated by both raters' });
    expect(kappaFromTable([1, 2, 3, 4], 2).value).toBe((10 * 5 - (3 * 4 + 7 * 6)) / (100 - (3 * 4 + 7 * 6)));
  });
});
