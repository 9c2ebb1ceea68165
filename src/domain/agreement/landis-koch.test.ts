import { describe, expect, it } from 'vitest';
import { landisKochReading } from './landis-koch.ts';

describe('landisKochReading', () => {
  it('reads the Landis & Koch (1977) bands, a value belongs to the band whose upper bound it does not exceed', () => {
    expect(landisKochReading(-0.01)).toBe('poor');
    expect(landisKochReading(0)).toBe('slight');
    expect(landisKochReading(0.2)).toBe('slight');
    expect(landisKochReading(0.205)).toBe('fair');
    expect(landisKochReading(0.21)).toBe('fair');
    expect(landisKochReading(0.4)).toBe('fair');
    expect(landisKochReading(0.41)).toBe('moderate');
    expect(landisKochReading(0.6)).toBe('moderate');
    expect(landisKochReading(0.61)).toBe('substantial');
    expect(landisKochReading(0.8)).toBe('substantial');
    expect(landisKochReading(0.81)).toBe('almost perfect');
    expect(landisKochReading(1)).toBe('almost perfect');
  });

  it('reads an undefined statistic as null and refuses values above 1', () => {
    expect(landisKochReading(null)).toBeNull();
    expect(() => landisKochReading(1.5)).toThrow('landisKochReading: value must be a finite number ≤ 1');
    expect(() => landisKochReading(Number.NaN)).toThrow('landisKochReading');
  });
});
