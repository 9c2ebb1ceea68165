import { afterEach, beforeEach, expect, test } from 'vitest';
import { asReviewerId, asSampleId, asThreadId } from '../../domain/ids';
import type { Decision } from '../../domain/decisions/decision';
import { listAuditEvents, listDecisionsForSample, reopenDecision, saveDecision } from './decisions';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

test('decisions are made, changed and reopened, each step kept in the audit log', async () => {
  const decision: Decision = {
    studyId: study.id,
    sampleId: asSampleId('s1'),
    threadId: asThreadId('t1'),
    finalLabel: 'Coding',
    method: 'consensus',
    adjudicatorId: null,
    rationale: null,
    decidedBy: 'lead',
    decidedAt: '2026-01-01T00:00:00Z',
  };
  await saveDecision(db, decision);
  await expect(saveDecision(db, { ...decision, method: 'adjudicated', rationale: ' ' })).rejects.toThrow(
    /adjudicator and a rationale/,
  );
  await saveDecision(db, {
    ...decision,
    finalLabel: 'Other',
    method: 'adjudicated',
    adjudicatorId: asReviewerId('r3'),
    rationale: 'Not code',
    decidedAt: '2026-01-02T00:00:00Z',
  });
  await reopenDecision(db, decision, { actor: 'lead', at: '2026-01-03T00:00:00Z', why: 'New information' });
  await expect(reopenDecision(db, decision, { actor: 'lead', at: '2026-01-03T00:00:00Z', why: null })).rejects.toThrow(
    /no decision/,
  );
  expect(await listDecisionsForSample(db, study.id, decision.sampleId)).toEqual([]);
  const audit = (await listAuditEvents(db, study.id)).filter((e) => e.action.startsWith('decision'));
  expect(audit.map((e) => [e.action, e.actor, e.from, e.to, e.why])).toEqual([
    ['decision.made', 'lead', null, 'Coding (consensus)', null],
    ['decision.changed', 'lead', 'Coding (consensus)', 'Other (adjudicated, adjudicator r3)', 'Not code'],
    ['decision.reopened', 'lead', 'Other (adjudicated, adjudicator r3)', null, 'New information'],
  ]);
});

test('an adjudicated decision records whether the adjudicator had labeled the thread, from the ratings', async () => {
  const sampleId = asSampleId('s1');
  const at = '2026-01-01T00:00:00Z';
  await db.ratings.add({
    studyId: study.id,
    sampleId,
    reviewerId: asReviewerId('r1'),
    threadId: asThreadId('t1'),
    label: 'Coding',
    codebookVersion: 1,
    otherSuggestion: null,
    note: null,
    flagged: false,
    durationMs: 1,
    updatedAt: at,
  });
  const adjudicated: Decision = {
    studyId: study.id,
    sampleId,
    threadId: asThreadId('t1'),
    finalLabel: 'Coding',
    method: 'adjudicated',
    adjudicatorId: asReviewerId('r1'),
    rationale: 'R1 decided',
    decidedBy: 'lead',
    decidedAt: at,
    adjudicatorRated: false,
  };
  await saveDecision(db, adjudicated);
  await saveDecision(db, { ...adjudicated, threadId: asThreadId('t2'), adjudicatorRated: true });
  await saveDecision(db, {
    ...adjudicated,
    threadId: asThreadId('t3'),
    method: 'consensus',
    adjudicatorId: null,
    adjudicatorRated: true,
  });
  const stored = await listDecisionsForSample(db, study.id, sampleId);
  expect(stored.map((d) => [d.threadId, d.adjudicatorRated])).toEqual([
    ['t1', true],
    ['t2', false],
    ['t3', undefined],
  ]);
});
