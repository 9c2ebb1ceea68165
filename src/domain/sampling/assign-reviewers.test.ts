import { describe, expect, test } from 'vitest';
import { asReviewerId, asThreadId, type ReviewerId } from '../ids';
import { createRandom } from '../random';
import { assignReviewers, assignmentProblems } from './assign-reviewers';

const ids = (n: number) => Array.from({ length: n }, (_, i) => asThreadId(`t${String(i).padStart(3, '0')}`));
const reviewers = (...names: string[]) => names.map(asReviewerId);
const three = reviewers('carol', 'alice', 'bob');

function loads(threads: { reviewerIds: ReviewerId[] }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of threads) for (const r of t.reviewerIds) m.set(r, (m.get(r) ?? 0) + 1);
  return m;
}

function pairs(threads: { reviewerIds: ReviewerId[] }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of threads) {
    for (const a of t.reviewerIds)
      for (const b of t.reviewerIds) if (a < b) m.set(`${a}+${b}`, (m.get(`${a}+${b}`) ?? 0) + 1);
  }
  return m;
}

describe('assignReviewers', () => {
  test('2 of 3: each thread gets two distinct reviewers, each reviewer two thirds, each pair one third', () => {
    const a = assignReviewers(ids(99), three, 2, createRandom(7));
    expect(a.threads).toHaveLength(99);
    expect(a.threads.every((t) => t.reviewerIds.length === 2 && t.reviewerIds[0] !== t.reviewerIds[1])).toBe(true);
    expect([...loads(a.threads).values()]).toEqual([66, 66, 66]);
    expect([...pairs(a.threads).values()]).toEqual([33, 33, 33]);
  });
  test('counts stay within one of n·k/R, and every pair shares threads, when n·k/R is not whole', () => {
    for (const [n, r, k] of [
      [10, 3, 2],
      [7, 4, 2],
      [25, 5, 3],
      [1, 3, 2],
    ] as const) {
      const names = Array.from({ length: r }, (_, i) => `r${i}`);
      const a = assignReviewers(ids(n), reviewers(...names), k, createRandom(n));
      const counts = names.map((name) => loads(a.threads).get(name) ?? 0);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(n * k);
    }
    const fourTwo = assignReviewers(ids(12), reviewers('a', 'b', 'c', 'd'), 2, createRandom(1));
    expect([...pairs(fourTwo.threads).values()]).toEqual([2, 2, 2, 2, 2, 2]);
  });
  test('the same seed gives the same assignment whatever the order the reviewers were chosen in', () => {
    const a = assignReviewers(ids(20), three, 2, createRandom(42));
    const b = assignReviewers(ids(20), reviewers('bob', 'carol', 'alice'), 2, createRandom(42));
    expect(b).toEqual(a);
    expect([...a.reviewerOrder].sort()).toEqual(['alice', 'bob', 'carol']);
    const other = assignReviewers(ids(20), three, 2, createRandom(43));
    expect(other.threads).not.toEqual(a.threads);
  });
  test('written out from docs/sampling.md: the order is a full shuffle of the sorted ids, then least-loaded first', () => {
    const random = createRandom(5);
    const sorted = ['alice', 'bob', 'carol'];
    for (let i = 0; i < 3; i++) {
      const j = i + Math.floor(random() * (3 - i));
      [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
    }
    const [p, q, r] = sorted;
    const a = assignReviewers(ids(3), three, 2, createRandom(5));
    expect(a.reviewerOrder).toEqual(sorted);
    expect(a.threads.map((t) => t.reviewerIds)).toEqual([
      [p, q],
      [p, r],
      [q, r],
    ]);
  });
  test('refuses k below 2, k of at least the number of reviewers, and repeated reviewers', () => {
    expect(assignmentProblems(three, 2)).toEqual([]);
    expect(assignmentProblems(three, 3)).toEqual(['each thread must be labeled by 2 to 2 of the 3 reviewers (got 3)']);
    expect(() => assignReviewers(ids(3), three, 1, createRandom(1))).toThrow(
      /assignReviewers: each thread must be labeled by 2 to 2/,
    );
    expect(() => assignReviewers(ids(3), reviewers('a', 'a', 'b', 'c'), 2, createRandom(1))).toThrow(/must not repeat/);
  });
});
