import { afterEach, beforeEach, expect, test } from 'vitest';
import { asReviewerId, asSampleId, asThreadId } from '../../domain/ids';
import type { Sample } from '../../domain/sampling/sample';
import { createSample, getSample } from './samples';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

const [a, b, c] = ['a', 'b', 'c'].map(asReviewerId) as [
  Sample['reviewerIds'][number],
  Sample['reviewerIds'][number],
  Sample['reviewerIds'][number],
];
const sample = (assignment?: Sample['assignment']): Sample => ({
  studyId: study.id,
  sampleId: asSampleId('s1'),
  name: 'Pilot',
  createdAt: '2026-01-01T00:00:00Z',
  seed: 1,
  threadIds: ['t1', 't2'].map(asThreadId),
  reviewerIds: [a, b, c],
  codebookVersion: 1,
  manifest: {},
  ...(assignment && { assignment }),
});

test('a k-of-n sample is stored with who labels each thread', async () => {
  await createSample(db, sample({ t1: [a, b], t2: [b, c] }));
  expect((await getSample(db, study.id, asSampleId('s1')))?.assignment).toEqual({ t1: [a, b], t2: [b, c] });
});

test('an assignment that misses a thread, names an outsider or gives a thread one reviewer is refused', async () => {
  await expect(createSample(db, sample({ t1: [a, b] }))).rejects.toThrow(
    "The sample's assignment of threads to reviewers is not valid: the assignment must cover exactly the threads of the sample.",
  );
  await expect(createSample(db, sample({ t1: [a, b], t2: [b, asReviewerId('z')] }))).rejects.toThrow(
    'thread t2 must be assigned to two or more distinct reviewers',
  );
  await expect(createSample(db, sample({ t1: [a, a], t2: [b, c] }))).rejects.toThrow('thread t1 must be assigned');
  expect(await getSample(db, study.id, asSampleId('s1'))).toBeNull();
});
