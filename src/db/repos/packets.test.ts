import { afterEach, beforeEach, expect, test } from 'vitest';
import { asReviewerId, asSampleId, asThreadId } from '../../domain/ids';
import type { Rating } from '../../domain/rating';
import { listReceivedLabels } from './packets';
import { createSample } from './samples';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

const a = asReviewerId('a');
const b = asReviewerId('b');
const c = asReviewerId('c');
const sampleId = asSampleId('s1');
const rating = (reviewerId: Rating['reviewerId'], thread: string): Rating => ({
  studyId: study.id,
  sampleId,
  reviewerId,
  threadId: asThreadId(thread),
  label: 'Coding',
  codebookVersion: 1,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 1000,
  updatedAt: '2026-01-01T00:00:00Z',
});

test('labels received count each reviewer’s share without reading a single rating', async () => {
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot',
    createdAt: '2026-01-01T00:00:00Z',
    seed: 1,
    threadIds: ['t1', 't2', 't3'].map(asThreadId),
    reviewerIds: [a, b, c],
    codebookVersion: 1,
    manifest: {},
    assignment: { t1: [a, b], t2: [b, c], t3: [a, c] },
  });
  // t2 is not in a's share: a label there (a reassigned thread) must not count.
  await db.ratings.bulkAdd([rating(a, 't1'), rating(a, 't2'), rating(b, 't1'), rating(b, 't2'), rating(c, 't3')]);
  let read = 0;
  const counting = (row: Rating) => {
    read += 1;
    return row;
  };
  db.ratings.hook('reading', counting);
  const received = await listReceivedLabels(db, study.id, sampleId);
  db.ratings.hook('reading').unsubscribe(counting);
  expect(received.map((r) => [r.reviewerId, r.received, r.total])).toEqual([
    [a, 1, 2],
    [b, 2, 2],
    [c, 1, 2],
  ]);
  expect(read).toBe(0);
});
