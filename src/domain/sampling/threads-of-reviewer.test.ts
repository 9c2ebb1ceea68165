import { describe, expect, test } from 'vitest';
import { asReviewerId, asThreadId } from '../ids';
import { reviewersOfThread, threadsOfReviewer } from './threads-of-reviewer';

const [a, b, c] = ['a', 'b', 'c'].map(asReviewerId) as [
  ReturnType<typeof asReviewerId>,
  ReturnType<typeof asReviewerId>,
  ReturnType<typeof asReviewerId>,
];
const [t1, t2, t3] = ['t1', 't2', 't3'].map(asThreadId);
const old = { threadIds: [t1!, t2!, t3!], reviewerIds: [a, b, c] };
const kOfN = { ...old, assignment: { t1: [a, b], t2: [c, a], t3: [b, c] } };

describe('threadsOfReviewer', () => {
  test('a sample without an assignment: every reviewer labels every thread', () => {
    expect(threadsOfReviewer(old, b)).toEqual([t1, t2, t3]);
    expect(reviewersOfThread(old, t2!)).toEqual([a, b, c]);
  });
  test('a k-of-n sample: only the assigned threads, in sample order', () => {
    expect(threadsOfReviewer(kOfN, a)).toEqual([t1, t2]);
    expect(threadsOfReviewer(kOfN, c)).toEqual([t2, t3]);
    expect(reviewersOfThread(kOfN, t2!)).toEqual([a, c]);
  });
  test('someone outside the sample labels nothing', () => {
    expect(threadsOfReviewer(old, asReviewerId('z'))).toEqual([]);
  });
});
