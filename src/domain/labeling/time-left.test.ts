import { describe, expect, it } from 'vitest';
import { estimateTimeLeft, timeLeftWords } from './time-left';

describe('estimateTimeLeft', () => {
  it('is the median time per labeled thread times the threads left', () => {
    expect(estimateTimeLeft([10_000, 30_000, 20_000], 6)).toEqual({ ms: 120_000, perThreadMs: 20_000, labels: 3 });
    expect(estimateTimeLeft([10_000, 20_000, 30_000, 40_000], 2)?.perThreadMs).toBe(25_000);
  });

  it('is not moved by one long pause', () => {
    expect(estimateTimeLeft([12_000, 15_000, 3_600_000, 18_000, 14_000], 10)?.ms).toBe(150_000);
  });

  it('leaves out times that are not positive and needs three usable ones', () => {
    expect(estimateTimeLeft([0, 10_000, Number.NaN, 20_000], 5)).toBeNull();
    expect(estimateTimeLeft([0, 10_000, 20_000, 30_000], 5)?.labels).toBe(3);
    expect(estimateTimeLeft([], 5)).toBeNull();
  });

  it('gives zero when nothing is left, and refuses a count that is not a whole non-negative number', () => {
    expect(estimateTimeLeft([1, 2, 3], 0)?.ms).toBe(0);
    expect(() => estimateTimeLeft([1, 2, 3], -1)).toThrow(/estimateTimeLeft: remaining must be a non-negative integer/);
    expect(() => estimateTimeLeft([1, 2, 3], 1.5)).toThrow(/non-negative integer/);
  });
});

describe('timeLeftWords', () => {
  it('rounds to whole minutes and speaks in hours from 60 minutes', () => {
    expect(timeLeftWords(20_000)).toBe('under a minute');
    expect(timeLeftWords(7 * 60_000 + 20_000)).toBe('about 7 min');
    expect(timeLeftWords(60 * 60_000)).toBe('about 1 h');
    expect(timeLeftWords(80 * 60_000)).toBe('about 1 h 20 min');
  });
});
