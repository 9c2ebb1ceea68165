import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.ts';
import { encodeRatings } from './encoded-ratings.ts';
import { defined, KAPPA_RANGE, waldEstimate, Z_95 } from './estimate.ts';

describe('waldEstimate', () => {
  it('cuts a kappa interval at 1: kappa 0.8 on 10 items, se² = 0.03456, Wald 0.436 to 1.164 becomes 0.436 to 1', () => {
    // 5 items a/a, 4 b/b, 1 a/b: p_o 0.9, p_e 0.5, kappa 0.8. By hand, FCE (1969):
    // var = [0.5·0.78² + 0.4·0.82² + 0.1·0.2²·0.9² − 0.7²] / (10 · 0.5²) = 0.0864 / 2.5 = 0.03456.
    const ratings = [
      ...Array.from({ length: 5 }, () => ['a', 'a']),
      ...Array.from({ length: 4 }, () => ['b', 'b']),
      ['a', 'b'],
    ];
    const k = cohenKappa(
      encodeRatings({ itemIds: ratings.map((_, i) => `t${i}`), raterIds: ['A', 'B'], ratings }),
      'A',
      'B',
    );
    expect(k.value).toBeCloseTo(0.8, 15);
    expect(k.se! ** 2).toBeCloseTo(0.03456, 12);
    expect(k.ci!.lower).toBeCloseTo(0.8 - Z_95 * Math.sqrt(0.03456), 12);
    expect(k.ci!.upper).toBe(1);
    expect(k.ci!.truncated).toBe(true);
  });

  it('cuts at −1 too, and leaves an interval inside the range unchanged', () => {
    const low = waldEstimate(defined(-0.9), 0.2, KAPPA_RANGE);
    expect(low.ci).toEqual({ lower: -1, upper: -0.9 + Z_95 * 0.2, truncated: true });
    const inside = waldEstimate(defined(0.3), 0.1, KAPPA_RANGE);
    expect(inside.ci).toEqual({ lower: 0.3 - Z_95 * 0.1, upper: 0.3 + Z_95 * 0.1, truncated: false });
  });

  it('has no interval without a standard error', () => {
    expect(waldEstimate(defined(0.5), null, KAPPA_RANGE).ci).toBeNull();
  });
});
