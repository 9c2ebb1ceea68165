import { describe, expect, it } from 'vitest';
import { mcnemarExact } from './mcnemar-exact.ts';

describe('mcnemarExact', () => {
  // p = min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2): values of
  // scipy.stats.binom.cdf; b = 1, c = 7 is Fagerland et al. (2013)'s example (p = 0.0703).
  it.each([
    [1, 7, 0.0703125],
    [7, 1, 0.0703125],
    [2, 10, 0.03857421875],
    [0, 5, 0.0625],
    [40, 60, 0.05688793364098089],
    [600, 700, 0.0060157938610449395],
    [1000, 1200, 2.1817026407914194e-5],
  ])('b = %i, c = %i gives p = %f', (b, c, p) => {
    const r = mcnemarExact(b, c);
    expect(r.onlyFirstCorrect).toBe(b);
    expect(r.onlySecondCorrect).toBe(c);
    expect(r.p / p).toBeCloseTo(1, 10);
  });

  it('is exact on small tables', () => {
    expect(mcnemarExact(1, 7).p).toBe(0.0703125);
    expect(mcnemarExact(4, 2).p).toBe(0.6875);
  });

  it('agrees across the switch from direct to log-space summation', () => {
    // n = 1000 is summed directly, n = 1002 in log space (values of scipy.stats.binom.cdf).
    expect(mcnemarExact(469, 531).p / 0.053677849645010045).toBeCloseTo(1, 9);
    expect(mcnemarExact(470, 532).p / 0.053917522937220456).toBeCloseTo(1, 9);
  });

  it('gives p = 1 when the runs never differ in correctness, and for balanced or near-balanced counts', () => {
    expect(mcnemarExact(0, 0).p).toBe(1);
    expect(mcnemarExact(5, 5).p).toBe(1);
    expect(mcnemarExact(3, 4).p).toBe(1);
  });

  it('stays finite where 2⁻ⁿ underflows', () => {
    const r = mcnemarExact(14_000, 16_000);
    expect(r.p / 7.780873929869118e-31).toBeCloseTo(1, 8);
  });

  it('refuses counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(/non-negative integers/);
    expect(() => mcnemarExact(1.5, 2)).toThrow(/non-negative integers/);
  });
});
