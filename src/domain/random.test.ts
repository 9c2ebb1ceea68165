import { describe, expect, test } from 'vitest';
import { createRandom, randomInt } from './random';

describe('createRandom', () => {
  test('the same seed gives the same sequence', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(createRandom(43)()).not.toBe(xs[0]);
  });
  test('values lie in [0, 1) and are roughly uniform', () => {
    const r = createRandom(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
  test('randomInt rejects a non-positive bound', () => {
    expect(() => randomInt(createRandom(1), 0)).toThrow(/positive integer/);
  });
});
