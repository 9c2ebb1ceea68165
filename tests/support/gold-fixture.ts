import { sampleOutcomes, type OutcomeRating } from '../../src/domain/decisions/thread-outcome';
import { asReviewerId, asThreadId, type ReviewerId, type ThreadId } from '../../src/domain/ids';
import type { Decision } from '../../src/domain/decisions/decision';
import type { GoldInput } from '../../src/domain/exports/gold-file';

const [ana, ben, cy, dee] = ['ana', 'ben', 'cy', 'dee'].map(asReviewerId) as [
  ReviewerId,
  ReviewerId,
  ReviewerId,
  ReviewerId,
];
const ids = ['t1', 't2', 't3', 't4', 't5'].map(asThreadId);
const rating = (
  reviewerId: ReviewerId,
  threadId: string,
  label: string,
  extra: Partial<OutcomeRating> = {},
): OutcomeRating => ({
  reviewerId,
  threadId: asThreadId(threadId),
  label,
  note: null,
  flagged: false,
  otherSuggestion: null,
  updatedAt: `2026-02-0${threadId.slice(1)}T10:00:00Z`,
  ...extra,
});

/**
 * t1 unanimous (automatic), t2 majority decided by consensus, t3 adjudicated by Dee (Cy flagged it,
 * with a note and an Other suggestion), t4 needs a decision, t5 incomplete.
 */
export function exampleGold(): GoldInput {
  const ratings = [
    rating(ana, 't1', 'Coding'),
    rating(ben, 't1', 'Coding'),
    rating(cy, 't1', 'Coding'),
    rating(ana, 't2', 'Coding'),
    rating(ben, 't2', 'Coding'),
    rating(cy, 't2', '=Other'),
    rating(ana, 't3', 'Brainstorming'),
    rating(ben, 't3', 'Coding'),
    rating(cy, 't3', 'Other', { note: '=unsure, "very"', flagged: true, otherSuggestion: 'Scheduling' }),
    rating(ana, 't4', 'Brainstorming'),
    rating(ben, 't4', 'Coding'),
    rating(cy, 't4', 'Other'),
    rating(ana, 't5', 'Coding'),
  ];
  const base = { studyId: 's' as Decision['studyId'], sampleId: 'p' as Decision['sampleId'] };
  const decisions: Decision[] = [
    {
      ...base,
      threadId: asThreadId('t2'),
      finalLabel: 'Coding',
      method: 'consensus',
      adjudicatorId: null,
      rationale: null,
      decidedBy: 'lead',
      decidedAt: '2026-03-01T00:00:00Z',
    },
    {
      ...base,
      threadId: asThreadId('t3'),
      finalLabel: 'Other',
      method: 'adjudicated',
      adjudicatorId: dee,
      rationale: '-not code, "really"',
      decidedBy: ana,
      decidedAt: '2026-03-02T00:00:00Z',
    },
  ];
  return {
    reviewers: [
      { reviewerId: cy, name: 'Cy' },
      { reviewerId: ana, name: 'Ana' },
      { reviewerId: ben, name: 'Ben' },
    ],
    studyReviewers: [
      { reviewerId: ana, name: 'Ana' },
      { reviewerId: ben, name: 'Ben' },
      { reviewerId: cy, name: 'Cy' },
      { reviewerId: dee, name: 'Dee' },
    ],
    sample: { codebookVersion: 2 },
    outcomes: sampleOutcomes({ threadIds: ids, reviewerIds: [cy, ana, ben] }, ratings, decisions),
    llm: {
      labels: new Map<ThreadId, string>([
        [asThreadId('t1'), 'Coding'],
        [asThreadId('t3'), '@Brainstorming'],
      ]),
    },
  };
}
