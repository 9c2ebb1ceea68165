import { describe, expect, it } from 'vitest';
import { planLabelsMerge } from '../packets/merge-plan';
import { ana, anaRating, context, packetSha, sampleId, studyId } from '../packets/packet-fixture';
import { verifyLabelsFile } from '../packets/verify-labels-file';
import { foldLabelEvents, type SeqPayload } from './fold-label-events';

// A replicated reviewer reaches the lead's ratings by the files' own path: the fold of their
// events is verified against the sent packet and merged by planLabelsMerge, unchanged.

const base = { studyId, sampleId, reviewerId: ana, packetId: 'packet-ana', packetSha256: packetSha };
const ev = (seq: number, thread: string, label: string | null, minute: number): SeqPayload => {
  const { threadId, codebookVersion, otherSuggestion, note, flagged, durationMs, updatedAt } = anaRating(
    thread,
    label ?? 'x',
    minute,
  );
  return {
    seq,
    payload: {
      createdAt: updatedAt,
      packetId: 'packet-ana',
      packetSha256: packetSha,
      threadId,
      rating:
        label === null
          ? null
          : { threadId, label, codebookVersion, otherSuggestion, note, flagged, durationMs, updatedAt },
      events: [],
    },
  };
};
type Plan = ReturnType<typeof planLabelsMerge>;
/** Merges the fold of `events` after `previous` (its receipt, and its ratings as the lead's). */
const merge = (events: SeqPayload[], sha: string, previous?: Plan) => {
  const file = foldLabelEvents(events, base);
  expect(verifyLabelsFile(file, context())).toEqual([]);
  return planLabelsMerge({
    file,
    fileName: 'replication',
    fileSha256: sha,
    importedAt: '2026-01-06T00:00:00.000Z',
    receipt: previous?.receipt ?? null,
    local: previous?.put ?? [],
  });
};

describe('folded label events through the labels-file merge', () => {
  const first = [ev(1, 't1', 'Coding', 1), ev(2, 't2', 'Brainstorming', 2)];
  const later = [...first, ev(3, 't1', 'Text Manipulation', 3), ev(4, 't2', null, 4), ev(5, 't4', 'Coding', 5)];

  it('adds the first events, then records the change, the removal and the new label of later ones', () => {
    const one = merge(first, 'f1');
    expect([one.status, one.added, one.changed, one.removed]).toEqual(['merged', 2, 0, 0]);
    const two = merge(later, 'f2', one);
    expect([two.status, two.added, two.changed, two.removed]).toEqual(['merged', 1, 1, 1]);
    expect(two.receipt?.delivered).toEqual({
      t1: anaRating('t1', 'x', 3).updatedAt,
      t4: anaRating('t4', 'x', 5).updatedAt,
    });
  });

  it('changes nothing when the same events fold again, and calls an older fold older', () => {
    const two = merge(later, 'f2');
    expect(merge([...later].reverse(), 'f2', two).status).toBe('unchanged');
    expect(merge(first, 'f1', two).status).toBe('older');
  });
});
