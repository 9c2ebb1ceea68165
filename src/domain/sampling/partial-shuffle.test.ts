import { describe, expect, test } from 'vitest';
import { createRandom } from '../random';
import { partialShuffle } from './partial-shuffle';

const items = ['a', 'b', 'c', 'd', 'e'];

describe('partialShuffle', () => {
  test('takes k distinct items and leaves the input alone', () => {
    const got = partialShuffle(items, 3, createRandom(1));
    expect(got).toHaveLength(3);
    expect(new Set(got).size).toBe(3);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  test('follows the documented steps: j = i + floor(u·(n − i))', () => {
    const us = [0.5, 0.99, 0];
    let next = 0;
    // i=0: j = 0 + floor(0.5·5) = 2 -> c b a d e; i=1: j = 1 + floor(0.99·4) = 4 -> c e a d b; i=2: j = 2.
    expect(partialShuffle(items, 3, () => us[next++]!)).toEqual(['c', 'e', 'a']);
    expect(next).toBe(3);
  });
  test('k = 0 takes nothing and consumes nothing; k = n is a permutation', () => {
    let calls = 0;
    expect(partialShuffle(items, 0, () => (calls++, 0))).toEqual([]);
    expect(calls).toBe(0);
    expect([...partialShuffle(items, 5, createRandom(9))].sort()).toEqual(items);
  });
  test('k outside 0 … n throws', () => {
    expect(() => partialShuffle(items, 6, createRandom(1))).toThrow(
      /partialShuffle: k must be an integer from 0 to 5 \(got 6\)/,
    );
    expect(() => partialShuffle(items, -1, createRandom(1))).toThrow(/partialShuffle/);
  });
});
