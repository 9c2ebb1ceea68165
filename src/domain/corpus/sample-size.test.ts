import { describe, expect, it } from 'vitest';
import { Z_95 } from '../agreement/estimate.ts';
import { accuracySampleSize, kappaSampleSize, wilsonHalfWidth } from './sample-size.ts';

describe('wilsonHalfWidth', () => {
  it('is half the Wilson interval: 80 of 100 gives 0.711171–0.866631 (R prop.test, correct = FALSE)', () => {
    expect(wilsonHalfWidth(0.8, 100)).toBeCloseTo((0.866631 - 0.711171) / 2, 5);
  });
});

describe('accuracySampleSize', () => {
  // Smallest n with a Wilson half-width ≤ 0.05, found by stepping n one at a time (independently
  // computed): 245 at p = .8, 381 at p = .5 (the Wald rule of thumb says 384).
  it('finds the smallest sample with a half-width of at most 0.05 on the accuracy so far', () => {
    const plan = accuracySampleSize(80, 100, 0.05);
    expect(plan).toMatchObject({ items: 100, requiredItems: 245, additionalItems: 145, reason: null });
    expect(plan.halfWidth).toBeCloseTo(0.0777311, 6);
    expect(wilsonHalfWidth(0.8, 244)).toBeGreaterThan(0.05);
    expect(wilsonHalfWidth(0.8, 245)).toBeLessThanOrEqual(0.05);
  });

  it('plans with 0.5 before any item, and says so', () => {
    const plan = accuracySampleSize(0, 0, 0.05);
    expect(plan).toMatchObject({ halfWidth: null, requiredItems: 381, additionalItems: 381 });
    expect(plan.reason).toMatch(/0\.5, the widest case/);
  });

  it('needs no more items once the target is met', () => {
    expect(accuracySampleSize(270, 300, 0.05)).toMatchObject({ requiredItems: 141, additionalItems: 0 });
  });

  it('refuses impossible counts and targets', () => {
    expect(() => accuracySampleSize(5, 4, 0.05)).toThrow(/0 ≤ correct ≤ items/);
    expect(() => accuracySampleSize(1, 4, 0.5)).toThrow(/target half-width must be in \(0, 0.5\)/);
  });
});

describe('kappaSampleSize', () => {
  it('scales the sample by (z·SE / target)²', () => {
    const plan = kappaSampleSize(0.06, 100, 0.1);
    expect(plan).toMatchObject({ items: 100, requiredItems: 139, additionalItems: 39, reason: null });
    expect(plan.halfWidth).toBeCloseTo(Z_95 * 0.06, 12);
    expect(kappaSampleSize(0.02, 100, 0.1)).toMatchObject({ requiredItems: 16, additionalItems: 0 });
  });

  it('gives null with a reason without a usable standard error', () => {
    expect(kappaSampleSize(null, 50, 0.1, 'only one category was used')).toMatchObject({
      requiredItems: null,
      halfWidth: null,
      reason: 'only one category was used',
    });
    expect(kappaSampleSize(0, 50, 0.1)).toMatchObject({
      requiredItems: null,
      halfWidth: 0,
      reason: expect.stringMatching(/standard error is 0/),
    });
  });

  it('refuses a broken precondition', () => {
    expect(() => kappaSampleSize(0.1, 0, 0.1)).toThrow(/items must be a positive integer/);
    expect(() => kappaSampleSize(0.1, 10, 0)).toThrow(/target half-width/);
  });
});
