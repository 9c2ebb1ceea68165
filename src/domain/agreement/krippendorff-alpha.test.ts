import { describe, expect, it } from 'vitest';
import { encodeRatings } from './encoded-ratings.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';

/** Reliability data as printed: one row per coder, one column per unit, null = missing. */
const byCoder = (coders: (number | string | null)[][]) => ({
  itemIds: coders[0]!.map((_, u) => `unit-${String(u).padStart(2, '0')}`),
  raterIds: coders.map((_, c) => `coder-${c}`),
  ratings: coders[0]!.map((_, u) => coders.map((row) => (row[u] === null ? null : String(row[u])))),
});

const _ = null;

describe('krippendorffAlpha (nominal)', () => {
  it("reproduces Krippendorff (2011), 'Computing Krippendorff's Alpha-Reliability', section C: 0.743", () => {
    // 4 observers, 12 units, missing data (the example also used for ordinal 0.815).
    const data = byCoder([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    const alpha = krippendorffAlpha(encodeRatings(data));
    expect(alpha.value).toBeCloseTo(0.743, 3);
    expect(alpha.items).toBe(11); // unit 12 has one value: not pairable
    expect(alpha.ci).toBeNull();
  });

  it("reproduces fast-krippendorff's nominal example (3 coders, 15 units): 0.691358", () => {
    // pln-fing-udelar/fast-krippendorff tests/test_krippendorff.py
    const data = byCoder([
      [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
      [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
      [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    ]);
    expect(krippendorffAlpha(encodeRatings(data)).value).toBeCloseTo(0.691358, 6);
  });

  it("reproduces fast-krippendorff's string-label example: 0.722222", () => {
    const data = byCoder([
      ['pos', 'neg', 'neu', _],
      ['pos', 'neg', 'neu', 'pos'],
      ['pos', 'neg', 'pos', 'pos'],
    ]);
    expect(krippendorffAlpha(encodeRatings(data)).value).toBeCloseTo(0.722222, 6);
  });

  it('is 1 for perfect agreement', () => {
    expect(
      krippendorffAlpha(
        encodeRatings(
          byCoder([
            [1, 2, 3, 4],
            [1, 2, 3, 4],
            [1, 2, 3, 4],
          ]),
        ),
      ).value,
    ).toBe(1);
  });

  it('is null when no unit has two ratings', () => {
    const alpha = krippendorffAlpha(
      encodeRatings(
        byCoder([
          [1, _],
          [_, 2],
        ]),
      ),
    );
    expect(alpha).toMatchObject({ value: null, items: 0, reason: 'no item has at least two ratings' });
  });

  it('is null when all pairable ratings are one category', () => {
    expect(
      krippendorffAlpha(
        encodeRatings(
          byCoder([
            [1, 1, 2],
            [1, 1, _],
          ]),
        ),
      ).reason,
    ).toMatch(/expected disagreement is 0/);
  });

  it('ignores a coder who rated nothing', () => {
    const withIdle = krippendorffAlpha(
      encodeRatings(
        byCoder([
          [1, 2, 1, 2],
          [1, 2, 2, 2],
          [_, _, _, _],
        ]),
      ),
    );
    const without = krippendorffAlpha(
      encodeRatings(
        byCoder([
          [1, 2, 1, 2],
          [1, 2, 2, 2],
        ]),
      ),
    );
    expect(withIdle.value).toBe(without.value);
  });
});
