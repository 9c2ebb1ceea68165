import { expect, test } from 'vitest';
import { asReviewerId, asSampleId, asStudyId, asThreadId, type ReviewerId, type ThreadId } from '../ids';
import type { Decision } from './decision';
import { decisionProblems } from './decision-rules';
import { agreementKind, decisionQueue, outcomeCounts, sampleOutcomes, type OutcomeRating } from './thread-outcome';

const [A, B, C] = ['a', 'b', 'c'].map(asReviewerId) as [ReviewerId, ReviewerId, ReviewerId];
const t = (n: number) => asThreadId(`t${n}`);
const rating = (
  reviewerId: ReviewerId,
  threadId: ThreadId,
  label: string,
  updatedAt = '2026-01-01T00:00:00Z',
): OutcomeRating => ({ reviewerId, threadId, label, note: null, flagged: false, otherSuggestion: null, updatedAt });

test('agreement kinds: unanimous, 2 of 3, all different, a 2–2 tie, incomplete', () => {
  expect(agreementKind(['X', 'X', 'X'], 3)).toEqual({ kind: 'unanimous', majorityLabel: 'X' });
  expect(agreementKind(['X', 'Y', 'X'], 3)).toEqual({ kind: 'majority', majorityLabel: 'X' });
  expect(agreementKind(['X', 'Y', 'Z'], 3)).toEqual({ kind: 'disagreement', majorityLabel: null });
  expect(agreementKind(['X', 'Y', 'X', 'Y'], 4)).toEqual({ kind: 'disagreement', majorityLabel: null });
  expect(agreementKind(['X', 'Y'], 2)).toEqual({ kind: 'disagreement', majorityLabel: null });
  expect(agreementKind(['X', 'X'], 3)).toEqual({ kind: 'incomplete', majorityLabel: null });
});

const sample = { threadIds: [t(1), t(2), t(3), t(4), t(5)], reviewerIds: [A, B, C] };
const ratings = [
  rating(A, t(1), 'X'),
  rating(B, t(1), 'X'),
  rating(C, t(1), 'X', '2026-01-02T00:00:00Z'), // unanimous
  rating(A, t(2), 'X'),
  rating(B, t(2), 'Y'),
  rating(C, t(2), 'X'), // majority
  rating(A, t(3), 'X'),
  rating(B, t(3), 'Y'),
  rating(C, t(3), 'Z'), // disagreement
  rating(A, t(4), 'Y'),
  rating(B, t(4), 'Y'), // incomplete
  rating(A, t(5), 'Z'),
  rating(B, t(5), 'Y'),
  rating(C, t(5), 'Z'), // majority, decided below
  rating(asReviewerId('outsider'), t(4), 'Y'), // not a reviewer of the sample: ignored
];
const decision: Decision = {
  studyId: asStudyId('s'),
  sampleId: asSampleId('p'),
  threadId: t(5),
  finalLabel: 'Y',
  method: 'consensus',
  adjudicatorId: null,
  rationale: 'Discussed',
  decidedBy: 'lead',
  decidedAt: '2026-01-03T00:00:00Z',
};

test('unanimous threads are final by themselves, stored decisions win, incomplete threads wait', () => {
  const outcomes = sampleOutcomes(sample, ratings, [decision]);
  expect(
    outcomes.map((o) => [o.threadId, o.kind, o.final?.label ?? null, o.final?.method ?? null, o.needsDecision]),
  ).toEqual([
    ['t1', 'unanimous', 'X', 'unanimous', false],
    ['t2', 'majority', null, null, true],
    ['t3', 'disagreement', null, null, true],
    ['t4', 'incomplete', null, null, false],
    ['t5', 'majority', 'Y', 'consensus', false],
  ]);
  expect(outcomes[0]!.final).toMatchObject({ decidedAt: '2026-01-02T00:00:00Z', stored: false });
  expect(outcomes[3]!.votes.map((v) => v.reviewerId)).toEqual(['a', 'b']);
  expect(outcomes[4]!.labels).toEqual(['Z', 'Y']);
});

test('with auto-accept off, unanimous threads need a decision too', () => {
  const outcomes = sampleOutcomes(sample, ratings, [], { autoAcceptUnanimous: false });
  expect(outcomes[0]).toMatchObject({ final: null, needsDecision: true });
  expect(outcomeCounts(outcomes)).toEqual({
    kinds: { unanimous: 1, majority: 2, disagreement: 1, incomplete: 1 },
    methods: { unanimous: 0, consensus: 0, adjudicated: 0, majority: 0 },
    adjudicatedByRater: 0,
    final: 0,
    needsDecision: 4,
  });
});

test('the queue puts full disagreements first and filters by kind and category', () => {
  const outcomes = sampleOutcomes(sample, ratings, [decision], { autoAcceptUnanimous: false });
  expect(decisionQueue(outcomes).map((o) => o.threadId)).toEqual(['t3', 't2', 't1']);
  expect(decisionQueue(outcomes, { includeDecided: true }).map((o) => o.threadId)).toEqual(['t3', 't2', 't5', 't1']);
  expect(decisionQueue(outcomes, { kinds: ['majority'] }).map((o) => o.threadId)).toEqual(['t2']);
  expect(decisionQueue(outcomes, { category: 'Z' }).map((o) => o.threadId)).toEqual(['t3']);
  expect(decisionQueue(outcomes, { kinds: ['incomplete'] }).map((o) => o.threadId)).toEqual(['t4']);
});

test('decision rules: adjudication needs an adjudicator and a rationale; majority takes the majority label', () => {
  const [, majority, disagreement, incomplete] = sampleOutcomes(sample, ratings, []);
  const categories = ['X', 'Y', 'Z'];
  expect(
    decisionProblems(
      { finalLabel: 'Y', method: 'adjudicated', adjudicatorId: null, rationale: '  ' },
      disagreement!,
      categories,
    ),
  ).toEqual(['Name the reviewer who adjudicated.', 'An adjudicated decision needs a rationale.']);
  expect(
    decisionProblems(
      { finalLabel: 'Y', method: 'adjudicated', adjudicatorId: 'd', rationale: 'Reads as Y' },
      disagreement!,
      categories,
    ),
  ).toEqual([]);
  expect(
    decisionProblems(
      { finalLabel: 'Y', method: 'majority', adjudicatorId: null, rationale: null },
      majority!,
      categories,
    ),
  ).toEqual(['"Majority accepted" takes the majority label, "X".']);
  expect(
    decisionProblems(
      { finalLabel: 'X', method: 'majority', adjudicatorId: null, rationale: null },
      disagreement!,
      categories,
    ),
  ).toEqual(['This thread has no majority label to accept.']);
  expect(
    decisionProblems(
      { finalLabel: 'Q', method: 'consensus', adjudicatorId: null, rationale: null },
      incomplete!,
      categories,
    ),
  ).toEqual(['Not every reviewer has labeled this thread yet.', '"Q" is not a category of the codebook.']);
  expect(
    decisionProblems(
      { finalLabel: 'Z', method: 'consensus', adjudicatorId: null, rationale: null },
      majority!,
      categories,
    ),
  ).toEqual([]);
});

test('a decision stops being final once the labels it was made on change, or one is undone', () => {
  const made = {
    ...decision,
    threadId: t(2),
    finalLabel: 'X',
    method: 'majority' as const,
    votes: { a: 'X', b: 'Y', c: 'X' },
  };
  const [, standing] = sampleOutcomes(sample, ratings, [made]);
  expect(standing).toMatchObject({
    final: { label: 'X', method: 'majority' },
    staleDecision: null,
    needsDecision: false,
  });

  const changed = ratings.map((r) => (r.threadId === t(2) && r.reviewerId === C ? { ...r, label: 'Y' } : r));
  const [, afterChange] = sampleOutcomes(sample, changed, [made]);
  expect(afterChange).toMatchObject({
    kind: 'majority',
    majorityLabel: 'Y',
    final: null,
    staleDecision: made,
    needsDecision: true,
  });

  const undone = ratings.filter((r) => !(r.threadId === t(2) && r.reviewerId === C));
  const [, afterUndo] = sampleOutcomes(sample, undone, [made]);
  expect(afterUndo).toMatchObject({ kind: 'incomplete', final: null, staleDecision: made, needsDecision: false });
});

test('any reviewer may adjudicate, one who labeled the thread too (three reviewers, none left over)', () => {
  const [, , disagreement] = sampleOutcomes(sample, ratings, []);
  expect(
    decisionProblems({ finalLabel: 'Y', method: 'adjudicated', adjudicatorId: 'b', rationale: 'Mine' }, disagreement!, [
      'X',
      'Y',
      'Z',
    ]),
  ).toEqual([]);
});

test('whether the adjudicator had labeled the thread is kept, and counted; decisions from before count as not', () => {
  const adjudicated = (threadId: ThreadId, adjudicatorRated?: boolean): Decision => ({
    ...decision,
    threadId,
    finalLabel: 'X',
    method: 'adjudicated',
    adjudicatorId: B,
    rationale: 'B decided',
    adjudicatorRated,
  });
  const outcomes = sampleOutcomes(sample, ratings, [
    adjudicated(t(2), true),
    adjudicated(t(3), false),
    adjudicated(t(5)),
  ]);
  expect(outcomes.map((o) => o.final?.adjudicatorRated)).toEqual([false, true, false, undefined, false]);
  expect(outcomeCounts(outcomes)).toMatchObject({ adjudicatedByRater: 1, methods: { adjudicated: 3 } });
});

test('a k-of-n sample: a thread counts only its assigned reviewers and is incomplete until they have all labeled', () => {
  const kOfN = { ...sample, assignment: { t1: [A, B], t2: [B, C], t3: [A, C], t4: [A, B], t5: [A, C] } };
  const outcomes = sampleOutcomes(kOfN, ratings, []);
  expect(outcomes.map((o) => [o.threadId, o.kind, o.reviewerIds])).toEqual([
    ['t1', 'unanimous', [A, B]],
    ['t2', 'disagreement', [B, C]],
    ['t3', 'disagreement', [A, C]],
    ['t4', 'unanimous', [A, B]],
    ['t5', 'unanimous', [A, C]],
  ]);
  // C labeled t1 although not assigned to it: ignored, so t1 is A and B's unanimous X.
  expect(outcomes[0]!.votes.map((v) => v.reviewerId)).toEqual([A, B]);
  const waiting = sampleOutcomes(
    kOfN,
    ratings.filter((r) => !(r.threadId === t(5) && r.reviewerId === C)),
    [],
  );
  expect(waiting[4]).toMatchObject({ kind: 'incomplete', needsDecision: false });
});
