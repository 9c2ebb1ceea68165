import { describe, expect, it } from 'vitest';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids';
import type { LabelsFileRating } from '../packets/labels-file';
import { labelsFileSchema } from '../packets/packet-schemas';
import { foldLabelEvents, type SeqPayload } from './fold-label-events';

const sha = 'a'.repeat(64);
const base = {
  studyId: asStudyId('s'),
  sampleId: asSampleId('p'),
  reviewerId: asReviewerId('ana'),
  packetId: 'packet-ana',
  packetSha256: sha,
};
const at = (minute: number) => `2026-01-04T10:${String(minute).padStart(2, '0')}:00.000Z`;
const rating = (threadId: string, label: string, minute: number): LabelsFileRating => ({
  threadId: asThreadId(threadId),
  label,
  codebookVersion: 1,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 1000,
  updatedAt: at(minute),
});
const ev = (seq: number, threadId: string, label: string | null, minute: number): SeqPayload => ({
  seq,
  payload: {
    createdAt: at(minute),
    packetId: 'packet-ana',
    packetSha256: sha,
    threadId,
    rating: label === null ? null : rating(threadId, label, minute),
    events: [
      {
        at: at(minute),
        action: label === null ? 'rating.undone' : 'rating.saved',
        subject: `p/${threadId}`,
        from: null,
        to: label,
        why: null,
      },
    ],
  },
});

// Ana labels t2 Coding (1), t1 Brainstorming (2), changes t2 to Text Manipulation (3), labels t3 (4), undoes t3 (5).
const history = [
  ev(1, 't2', 'Coding', 1),
  ev(2, 't1', 'Brainstorming', 2),
  ev(3, 't2', 'Text Manipulation', 3),
  ev(4, 't3', 'Coding', 4),
  ev(5, 't3', null, 5),
];

describe('foldLabelEvents', () => {
  it('keeps per thread the rating of the highest seq, drops removed threads, sorts by thread', () => {
    const file = foldLabelEvents(history, base);
    expect(file.ratings).toEqual([rating('t1', 'Brainstorming', 2), rating('t2', 'Text Manipulation', 3)]);
    expect(file.createdAt).toBe(at(5));
    expect(file).toMatchObject({
      format: 'concord-labels-file',
      version: 1,
      packetId: 'packet-ana',
      packetSha256: sha,
      study: { id: 's' },
      sample: { id: 'p' },
      reviewer: { id: 'ana' },
    });
    expect(file.events.map((e) => e.to)).toEqual(['Coding', 'Brainstorming', 'Text Manipulation', 'Coding', null]);
    expect(labelsFileSchema.safeParse(file).success).toBe(true);
  });

  it('gives the same file whatever order the events arrive in, and repeated events count once', () => {
    const shuffled = [history[4]!, history[2]!, history[0]!, history[3]!, history[1]!, history[2]!, history[4]!];
    expect(foldLabelEvents(shuffled, base)).toEqual(foldLabelEvents(history, base));
  });

  it('takes a later label back from a removal (seq 6 after the undo of seq 5)', () => {
    expect(foldLabelEvents([...history, ev(6, 't3', 'Coding', 6)], base).ratings.map((r) => r.threadId)).toEqual([
      't1',
      't2',
      't3',
    ]);
  });

  it('breaks a tie of seq from two machines by the later clock, whatever their order', () => {
    const laptop = ev(7, 't1', 'Coding', 8);
    const desktop = ev(7, 't1', 'Other', 9);
    const a = foldLabelEvents([...history, laptop, desktop], base);
    const b = foldLabelEvents([desktop, ...history, laptop], base);
    expect(a).toEqual(b);
    expect(a.ratings[0]).toEqual(rating('t1', 'Other', 9));
    expect(a.events.slice(-2).map((e) => e.to)).toEqual(['Coding', 'Other']);
  });

  it('says which precondition is broken: no event, or an event of another packet', () => {
    expect(() => foldLabelEvents([], base)).toThrow('foldLabelEvents: there must be at least one label event');
    const foreign = { seq: 8, payload: { ...ev(8, 't1', 'Coding', 9).payload, packetId: 'packet-old' } };
    expect(() => foldLabelEvents([...history, foreign], base)).toThrow(/packet packet-old, not packet-ana/);
  });
});
