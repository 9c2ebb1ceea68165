import { describe, expect, it } from 'vitest';
import { encodeRatings } from './encoded-ratings.ts';
import { meanPairwiseAgreement } from './mean-pairwise-agreement.ts';
import { percentAgreement } from './percent-agreement.ts';

const matrixOf = (rows: (string | null)[][]) => ({
  itemIds: rows.map((_, i) => `item-${i}`),
  raterIds: rows[0]!.map((_, r) => `rater-${r}`),
  ratings: rows,
});

describe('percentAgreement', () => {
  it('is the share of complete items with one label, with a Wilson interval', () => {
    const data = encodeRatings(
      matrixOf([
        ['a', 'a', 'a'],
        ['a', 'b', 'a'],
        ['b', 'b', 'b'],
        ['a', null, 'a'],
      ]),
    );
    const pa = percentAgreement(data);
    expect(pa.value).toBe(2 / 3);
    expect(pa.items).toBe(3);
    // Wilson (1927) 95% interval for 2 of 3.
    expect(pa.ci!.lower).toBeCloseTo(0.2077, 4);
    expect(pa.ci!.upper).toBeCloseTo(0.9385, 4);
  });

  it('is null without complete items or with one rater', () => {
    expect(
      percentAgreement(
        encodeRatings(
          matrixOf([
            ['a', null],
            [null, 'a'],
          ]),
        ),
      ).reason,
    ).toBe('no item was rated by every rater');
    expect(percentAgreement(encodeRatings(matrixOf([['a'], ['b']]))).reason).toBe('fewer than two raters');
  });
});

describe('meanPairwiseAgreement', () => {
  it("averages each pair's agreement over the items both rated", () => {
    // Pairs: (0,1) 1 of 2; (0,2) 2 of 2; (1,2) 1 of 3.
    const data = encodeRatings(
      matrixOf([
        ['a', 'a', 'a'],
        ['a', 'b', 'a'],
        [null, 'b', 'c'],
      ]),
    );
    const mpa = meanPairwiseAgreement(data);
    expect(mpa.value).toBeCloseTo((1 / 2 + 2 / 2 + 1 / 3) / 3, 15);
    expect(mpa.pairs).toBe(3);
  });

  it("equals Fleiss' observed agreement P̄ when every rater rated every item", () => {
    const rows = [
      ['a', 'a', 'b'],
      ['b', 'b', 'b'],
      ['a', 'c', 'b'],
    ];
    const pBar = (1 / 3 + 1 + 0) / 3;
    expect(meanPairwiseAgreement(encodeRatings(matrixOf(rows))).value).toBeCloseTo(pBar, 15);
  });

  it('skips pairs that share no item, and is null when none do', () => {
    expect(
      meanPairwiseAgreement(
        encodeRatings(
          matrixOf([
            ['a', 'a', null],
            ['b', 'b', null],
          ]),
        ),
      ),
    ).toMatchObject({ value: 1, pairs: 1 });
    expect(
      meanPairwiseAgreement(
        encodeRatings(
          matrixOf([
            ['a', null],
            [null, 'b'],
          ]),
        ),
      ).reason,
    ).toBe('no two raters rated a common item');
  });
});
