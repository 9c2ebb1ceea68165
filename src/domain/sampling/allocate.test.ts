import { describe, expect, test } from 'vitest';
import { createRandom, randomInt } from '../random';
import { allocate } from './allocate';

const strata = (sizes: Record<string, number>) => Object.entries(sizes).map(([name, size]) => ({ name, size }));

describe('allocate, proportional (Hamilton)', () => {
  test('exact quotas: 50/30/20, size 10 -> 5/3/2', () => {
    expect(allocate(strata({ a: 50, b: 30, c: 20 }), 10, 'proportional')).toEqual([5, 3, 2]);
  });
  test('largest remainders win: 60/25/15, size 7 -> quotas 4.2/1.75/1.05 -> 4/2/1', () => {
    expect(allocate(strata({ a: 60, b: 25, c: 15 }), 7, 'proportional')).toEqual([4, 2, 1]);
  });
  test('a tie of remainders goes to the first name: 7/2/1, size 5 -> quotas 3.5/1/0.5 -> 4/1/0', () => {
    expect(allocate(strata({ a: 7, b: 2, c: 1 }), 5, 'proportional')).toEqual([4, 1, 0]);
  });
  test('the tie rule reads names, not input order: b 7, a 1, c 2, size 5 -> a wins the tie', () => {
    expect(allocate(strata({ b: 7, a: 1, c: 2 }), 5, 'proportional')).toEqual([3, 1, 1]);
  });
  test('names compare by UTF-16 code unit: "B" before "a"', () => {
    expect(allocate(strata({ a: 1, B: 1 }), 1, 'proportional')).toEqual([0, 1]);
  });
  test('property: sums to the total, within one of the quota, never above a stratum size', () => {
    const random = createRandom(11);
    for (let run = 0; run < 300; run++) {
      const sizes = Array.from({ length: 1 + randomInt(random, 6) }, (_, i) => ({
        name: `s${i}`,
        size: 1 + randomInt(random, 40),
      }));
      const n = sizes.reduce((a, s) => a + s.size, 0);
      const total = randomInt(random, n + 1);
      const got = allocate(sizes, total, 'proportional');
      expect(got.reduce((a, b) => a + b, 0)).toBe(total);
      got.forEach((k, i) => {
        const quota = (total * sizes[i]!.size) / n;
        expect(k).toBeGreaterThanOrEqual(Math.floor(quota));
        expect(k).toBeLessThanOrEqual(Math.ceil(quota));
        expect(k).toBeLessThanOrEqual(sizes[i]!.size);
      });
    }
  });
});

describe('allocate, equal', () => {
  test('split evenly, remainder to the first names: 10 over 3 -> 4/3/3', () => {
    expect(allocate(strata({ a: 50, b: 30, c: 20 }), 10, 'equal')).toEqual([4, 3, 3]);
    expect(allocate(strata({ c: 50, b: 30, a: 20 }), 10, 'equal')).toEqual([3, 3, 4]);
  });
  test('a small stratum gives all it has and the shortfall is dealt on: 1/10/10/10, size 6 -> 1/2/2/1', () => {
    // Base 6/4 = 1 rem 2 would be 2/2/1/1; a holds 1, so its place goes to the next open name (c).
    expect(allocate(strata({ a: 1, b: 10, c: 10, d: 10 }), 6, 'equal')).toEqual([1, 2, 2, 1]);
  });
  test('several small strata: 2/3/100, size 12 -> 2/3/7', () => {
    expect(allocate(strata({ a: 2, b: 3, c: 100 }), 12, 'equal')).toEqual([2, 3, 7]);
  });
  test('level then remainder: 2/5/5/5, size 12 -> level 3 (2+3+3+3 = 11), one more to b -> 2/4/3/3', () => {
    expect(allocate(strata({ a: 2, b: 5, c: 5, d: 5 }), 12, 'equal')).toEqual([2, 4, 3, 3]);
  });
});

describe('allocate, edges and preconditions', () => {
  test('total equal to the population takes every thread, total 0 takes none', () => {
    for (const method of ['proportional', 'equal'] as const) {
      expect(allocate(strata({ a: 3, b: 1 }), 4, method)).toEqual([3, 1]);
      expect(allocate(strata({ a: 3, b: 1 }), 0, method)).toEqual([0, 0]);
    }
  });
  test('no strata and total 0', () => {
    expect(allocate([], 0, 'proportional')).toEqual([]);
    expect(allocate([], 0, 'equal')).toEqual([]);
  });
  test('broken preconditions throw naming the rule', () => {
    expect(() => allocate(strata({ a: 3 }), 4, 'equal')).toThrow(
      /allocate: total must be an integer from 0 to the population size 3 \(got 4\)/,
    );
    expect(() => allocate(strata({ a: 3 }), 1.5, 'equal')).toThrow(/total must be an integer/);
    expect(() =>
      allocate(
        [
          { name: 'a', size: 1 },
          { name: 'a', size: 2 },
        ],
        1,
        'equal',
      ),
    ).toThrow(/names must be distinct/);
    expect(() => allocate(strata({ a: 0 }), 0, 'equal')).toThrow(/sizes must be positive integers/);
  });
});
