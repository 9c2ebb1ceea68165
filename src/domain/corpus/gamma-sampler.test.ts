import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { createGammaSampler } from './gamma-sampler.ts';

function moments(shape: number, n: number): { mean: number; variance: number } {
  const gamma = createGammaSampler(createRandom(7));
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = gamma(shape);
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

describe('createGammaSampler', () => {
  // Gamma(a, 1) has mean a and variance a; 200,000 draws put the sample mean within ~4 SE.
  it.each([0.1, 1 / 11, 0.5, 1, 2.3, 30])('has mean and variance equal to the shape %s', (shape) => {
    const n = 200_000;
    const { mean, variance } = moments(shape, n);
    expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / n));
    expect(Math.abs(variance - shape) / shape).toBeLessThan(0.05);
  });

  it('gives only positive finite values', () => {
    const gamma = createGammaSampler(createRandom(3));
    for (let i = 0; i < 10_000; i++) {
      const x = gamma(0.05);
      expect(x > 0 && Number.isFinite(x)).toBe(true);
    }
  });

  it('is reproducible from the seed', () => {
    const a = createGammaSampler(createRandom(42));
    const b = createGammaSampler(createRandom(42));
    const c = createGammaSampler(createRandom(43));
    const draws = (g: (s: number) => number) => [g(0.5), g(1), g(4)];
    expect(draws(a)).toEqual(draws(b));
    expect(draws(createGammaSampler(createRandom(42)))).not.toEqual(draws(c));
  });

  it.each([0, -1, Number.NaN, Infinity])('refuses the shape %s', (shape) => {
    expect(() => createGammaSampler(createRandom(1))(shape)).toThrow(/shape must be a finite number > 0/);
  });
});
