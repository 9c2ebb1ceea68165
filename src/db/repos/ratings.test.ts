import { afterEach, beforeEach, expect, test } from 'vitest';
import { asSampleId, asThreadId, type ReviewerId } from '../../domain/ids';
import type { Rating } from '../../domain/rating';
import { getLatestCodebook } from './codebooks';
import {
  annotateThread,
  listPendingAnnotationsForReviewer,
  listRatingsForReviewer,
  listRatingsForSample,
  saveRating,
  undoRating,
} from './ratings';
import { addReviewer } from './reviewers';
import { createSample, getSample, listSampledThreadIds, setRevealLlmAfterDone } from './samples';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../tests/support/pilot-study';

const NOW = '2026-01-01T00:00:00.000Z';
beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

test('a sample needs two reviewers; its threads are excluded from later samples', async () => {
  const a = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'a', role: 'reviewer', now: NOW });
  await expect(
    addReviewer(db, { studyId: study.id, name: 'dr a', initials: 'X', role: 'reviewer', now: NOW }),
  ).rejects.toThrow(/already has/);
  const base = {
    studyId: study.id,
    sampleId: asSampleId('s1'),
    name: 'S1',
    createdAt: NOW,
    seed: 1,
    threadIds: [asThreadId('t1')],
    codebookVersion: 1,
    manifest: {},
  };
  await expect(createSample(db, { ...base, reviewerIds: [a.reviewerId] })).rejects.toThrow(/two reviewers/);
  const b = await addReviewer(db, { studyId: study.id, name: 'Dr B', initials: 'B', role: 'reviewer', now: NOW });
  await createSample(db, { ...base, reviewerIds: [a.reviewerId, b.reviewerId] });
  expect(await listSampledThreadIds(db, study.id)).toEqual(new Set(['t1']));
  expect(a.initials).toBe('A');
});

function ratingOf(reviewerId: ReviewerId): Rating {
  return {
    studyId: study.id,
    sampleId: asSampleId('s1'),
    reviewerId,
    threadId: asThreadId('t1'),
    label: 'Coding',
    codebookVersion: 1,
    otherSuggestion: null,
    note: null,
    flagged: false,
    durationMs: 1200,
    updatedAt: NOW,
  };
}
const ratingAudit = async () =>
  (await db.auditEvents.where('studyId').equals(study.id).toArray())
    .filter((e) => e.action.startsWith('rating') || e.action.startsWith('annotation'))
    .map((e) => [e.action, e.from, e.to]);

test('a rating freezes its codebook version; changes and undo are kept in the audit log', async () => {
  const r = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'A', role: 'reviewer', now: NOW });
  const rating = ratingOf(r.reviewerId);
  await saveRating(db, rating);
  expect((await getLatestCodebook(db, study.id)).frozen).toBe(true);
  await saveRating(db, { ...rating, label: 'Other', otherSuggestion: 'Badge printing', durationMs: 800 });
  const [stored] = await listRatingsForReviewer(db, study.id, rating.sampleId, r.reviewerId);
  expect(stored).toMatchObject({ label: 'Other', otherSuggestion: 'Badge printing', durationMs: 2000 });
  const other = { label: 'Other', otherSuggestion: 'Badge printing', codebookVersion: 1 };
  const coding = { label: 'Coding', otherSuggestion: null, codebookVersion: 1 };
  await undoRating(db, rating, { saved: other, previous: coding }, NOW);
  expect(await listRatingsForSample(db, study.id, rating.sampleId)).toMatchObject([
    { label: 'Coding', otherSuggestion: null },
  ]);
  await undoRating(db, rating, { saved: coding, previous: null }, NOW);
  expect(await listRatingsForSample(db, study.id, rating.sampleId)).toEqual([]);
  expect(await ratingAudit()).toEqual([
    ['rating.created', null, 'Coding'],
    ['rating.changed', 'Coding', 'Other (Badge printing)'],
    ['rating.undone', 'Other (Badge printing)', 'Coding'],
    ['rating.undone', 'Coding', null],
  ]);
});

test('an undo refuses, changing nothing, when the label was changed since (another tab)', async () => {
  const r = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'A', role: 'reviewer', now: NOW });
  const rating = ratingOf(r.reviewerId);
  await saveRating(db, { ...rating, label: 'Brainstorming' });
  await expect(
    undoRating(
      db,
      rating,
      { saved: { label: 'Coding', otherSuggestion: null, codebookVersion: 1 }, previous: null },
      NOW,
    ),
  ).rejects.toThrow('The label of thread t1 is no longer Coding (it was changed elsewhere), so nothing was undone.');
  expect(await listRatingsForSample(db, study.id, rating.sampleId)).toMatchObject([{ label: 'Brainstorming' }]);
});

test('a note and flag before a label are kept apart from ratings, then taken into the label in its transaction', async () => {
  const r = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'A', role: 'reviewer', now: NOW });
  const rating = ratingOf(r.reviewerId);
  await annotateThread(db, rating, { flagged: true }, NOW);
  const state = await annotateThread(db, rating, { note: 'two intents' }, NOW);
  expect(state).toMatchObject({ rating: null, pending: { note: 'two intents', flagged: true } });
  // Every consumer of ratings (statistics, decisions, progress, exports) reads this list: it stays empty.
  expect(await listRatingsForSample(db, study.id, rating.sampleId)).toEqual([]);
  expect(await listPendingAnnotationsForReviewer(db, study.id, rating.sampleId, r.reviewerId)).toHaveLength(1);

  const { stored } = await saveRating(db, rating);
  expect(stored).toMatchObject({ label: 'Coding', note: 'two intents', flagged: true });
  expect(await listRatingsForSample(db, study.id, rating.sampleId)).toEqual([stored]);
  expect(await listPendingAnnotationsForReviewer(db, study.id, rating.sampleId, r.reviewerId)).toEqual([]);

  // Undoing the label keeps the note and flag on the thread, waiting for the next label.
  await undoRating(
    db,
    rating,
    { saved: { label: 'Coding', otherSuggestion: null, codebookVersion: 1 }, previous: null },
    NOW,
  );
  expect(await listPendingAnnotationsForReviewer(db, study.id, rating.sampleId, r.reviewerId)).toMatchObject([
    { note: 'two intents', flagged: true },
  ]);
  await annotateThread(db, rating, { note: null, flagged: false }, NOW);
  expect(await listPendingAnnotationsForReviewer(db, study.id, rating.sampleId, r.reviewerId)).toEqual([]);
  expect(await ratingAudit()).toEqual([
    ['annotation.changed', null, '[flagged]'],
    ['annotation.changed', '[flagged]', '[flagged] [note]'],
    ['rating.created', null, 'Coding [flagged] [note]'],
    ['rating.undone', 'Coding [flagged] [note]', null],
    ['annotation.changed', '[flagged] [note]', null],
  ]);
});

test('a note on a labeled thread goes into its rating', async () => {
  const r = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'A', role: 'reviewer', now: NOW });
  const rating = ratingOf(r.reviewerId);
  await saveRating(db, rating);
  expect(await annotateThread(db, rating, { note: 'unsure' }, NOW)).toMatchObject({
    rating: { label: 'Coding', note: 'unsure' },
    pending: null,
  });
  expect(await listPendingAnnotationsForReviewer(db, study.id, rating.sampleId, r.reviewerId)).toEqual([]);
});

test('the lead can let finished reviewers see the LLM label, and it is audited', async () => {
  const a = await addReviewer(db, { studyId: study.id, name: 'A', initials: 'A', role: 'reviewer', now: NOW });
  const b = await addReviewer(db, { studyId: study.id, name: 'B', initials: 'B', role: 'reviewer', now: NOW });
  await createSample(db, {
    studyId: study.id,
    sampleId: asSampleId('s1'),
    name: 'S1',
    createdAt: NOW,
    seed: 1,
    threadIds: [asThreadId('t1')],
    reviewerIds: [a.reviewerId, b.reviewerId],
    codebookVersion: 1,
    manifest: {},
  });
  await setRevealLlmAfterDone(db, study.id, asSampleId('s1'), true, NOW);
  expect((await getSample(db, study.id, asSampleId('s1')))?.revealLlmAfterDone).toBe(true);
});
