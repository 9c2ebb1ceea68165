import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../tests/support/database';
import { asSampleId, asThreadId } from '../../domain/ids';
import type { Rating } from '../../domain/rating';
import type { Study } from '../../domain/study';
import type { ConcordDatabase } from '../database';
import { getLatestCodebook } from './codebooks';
import { deleteRating, listRatingsForReviewer, listRatingsForSample, saveRating } from './ratings';
import { addReviewer } from './reviewers';
import { createSample, getSample, listSampledThreadIds, setRevealLlmAfterDone } from './samples';

let db: ConcordDatabase;
let study: Study;
const NOW = '2026-01-01T00:00:00.000Z';
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
});
afterEach(async () => { await db.delete(); });

test('a sample needs two reviewers; its threads are excluded from later samples', async () => {
  const a = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'a', role: 'reviewer', now: NOW });
  await expect(addReviewer(db, { studyId: study.id, name: 'dr a', initials: 'X', role: 'reviewer', now: NOW })).rejects.toThrow(/already has/);
  const base = {
    studyId: study.id, sampleId: asSampleId('s1'), name: 'S1', createdAt: NOW, seed: 1, threadIds: [asThreadId('t1')],
    codebookVersion: 1, manifest: {},
  };
  await expect(createSample(db, { ...base, reviewerIds: [a.reviewerId] })).rejects.toThrow(/two reviewers/);
  const b = await addReviewer(db, { studyId: study.id, name: 'Dr B', initials: 'B', role: 'reviewer', now: NOW });
  await createSample(db, { ...base, reviewerIds: [a.reviewerId, b.reviewerId] });
  expect(await listSampledThreadIds(db, study.id)).toEqual(new Set(['t1']));
  expect(a.initials).toBe('A');
});

test('a rating freezes its codebook version; changes and undo are kept in the audit log', async () => {
  const r = await addReviewer(db, { studyId: study.id, name: 'Dr A', initials: 'A', role: 'reviewer', now: NOW });
  const rating: Rating = {
    studyId: study.id, sampleId: asSampleId('s1'), reviewerId: r.reviewerId, threadId: asThreadId('t1'), label: 'Coding',
    codebookVersion: 1, otherSuggestion: null, note: null, flagged: false, durationMs: 1200, updatedAt: NOW,
  };
  await saveRating(db, rating);
  expect((await getLatestCodebook(db, study.id)).frozen).toBe(true);
  await saveRating(db, { ...rating, label: 'Other', otherSuggestion: 'Badge printing', durationMs: 800 });
  const [stored] = await listRatingsForReviewer(db, study.id, rating.sampleId, r.reviewerId);
  expect(stored).toMatchObject({ label: 'Other', otherSuggestion: 'Badge printing', durationMs: 2000 });
  await deleteRating(db, rating, NOW);
  expect(await listRatingsForSample(db, study.id, rating.sampleId)).toEqual([]);
  const audit = (await db.auditEvents.where('studyId').equals(study.id).toArray()).filter((e) => e.action.startsWith('rating'));
  expect(audit.map((e) => [e.action, e.from, e.to])).toEqual([
    ['rating.created', null, 'Coding'],
    ['rating.changed', 'Coding', 'Other (Badge printing)'],
    ['rating.undone', 'Other (Badge printing)', null],
  ]);
});

test('the lead can let finished reviewers see the LLM label, and it is audited', async () => {
  const a = await addReviewer(db, { studyId: study.id, name: 'A', initials: 'A', role: 'reviewer', now: NOW });
  const b = await addReviewer(db, { studyId: study.id, name: 'B', initials: 'B', role: 'reviewer', now: NOW });
  await createSample(db, {
    studyId: study.id, sampleId: asSampleId('s1'), name: 'S1', createdAt: NOW, seed: 1, threadIds: [asThreadId('t1')],
    reviewerIds: [a.reviewerId, b.reviewerId], codebookVersion: 1, manifest: {},
  });
  await setRevealLlmAfterDone(db, study.id, asSampleId('s1'), true, NOW);
  expect((await getSample(db, study.id, asSampleId('s1')))?.revealLlmAfterDone).toBe(true);
});
