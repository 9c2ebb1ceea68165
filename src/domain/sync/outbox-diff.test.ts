import { describe, expect, it } from 'vitest';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids';
import type { Rating } from '../rating';
import { labelChangesToSend, ratingFingerprint, REMOVED_FINGERPRINT } from './outbox-diff';

const rating = (threadId: string, label: string, extra: Partial<Rating> = {}): Rating => ({
  studyId: asStudyId('s'),
  sampleId: asSampleId('p'),
  reviewerId: asReviewerId('ana'),
  threadId: asThreadId(threadId),
  label,
  codebookVersion: 1,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 1000,
  updatedAt: '2026-01-04T10:00:00.000Z',
  ...extra,
});

const t1 = rating('t1', 'Coding');
const t2 = rating('t2', 'Brainstorming');
const sentOf = (...ratings: Rating[]) => new Map(ratings.map((r) => [r.threadId as string, ratingFingerprint(r)]));

describe('labelChangesToSend', () => {
  it('sends every label when nothing was sent, sorted by thread', () => {
    expect(labelChangesToSend(new Map(), [t2, t1])).toEqual([
      { threadId: 't1', rating: t1, fingerprint: ratingFingerprint(t1) },
      { threadId: 't2', rating: t2, fingerprint: ratingFingerprint(t2) },
    ]);
  });

  it('sends nothing when every label was sent, even saved again with a new time', () => {
    expect(
      labelChangesToSend(sentOf(t1, t2), [t1, { ...t2, updatedAt: '2026-01-05T00:00:00.000Z', durationMs: 5000 }]),
    ).toEqual([]);
  });

  it('sends a changed label, note, flag, suggestion or codebook version', () => {
    for (const changed of [
      rating('t1', 'Other'),
      rating('t1', 'Coding', { note: 'odd' }),
      rating('t1', 'Coding', { flagged: true }),
      rating('t1', 'Coding', { otherSuggestion: 'Poetry' }),
      rating('t1', 'Coding', { codebookVersion: 2 }),
    ]) {
      expect(labelChangesToSend(sentOf(t1), [changed]).map((c) => c.rating)).toEqual([changed]);
    }
  });

  it('sends a removal once: a thread sent with a label and no longer rated', () => {
    const [removal] = labelChangesToSend(sentOf(t1, t2), [t2]);
    expect(removal).toEqual({ threadId: 't1', rating: null, fingerprint: REMOVED_FINGERPRINT });
    const afterwards = new Map([...sentOf(t2), ['t1', REMOVED_FINGERPRINT]]);
    expect(labelChangesToSend(afterwards, [t2])).toEqual([]);
    expect(labelChangesToSend(afterwards, [t1, t2]).map((c) => c.threadId)).toEqual(['t1']);
  });

  it('refuses two ratings of one thread', () => {
    expect(() => labelChangesToSend(new Map(), [t1, t1])).toThrow('labelChangesToSend: thread t1 is rated twice');
  });
});
