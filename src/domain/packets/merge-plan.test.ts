import { describe, expect, it } from 'vitest';
import { createRandom, randomInt } from '../random';
import type { Rating } from '../rating';
import type { LabelsFile } from './labels-file';
import { planLabelsMerge, type MergeInput } from './merge-plan';
import type { LabelsReceipt } from './packet-records';
import { ana, anaFile, anaRating } from './packet-fixture';

const sha = (file: LabelsFile) => file.createdAt.replace(/\D/g, '').padEnd(64, '0');

/** A small stand-in of the repository: the ratings of Ana's sample and the packet's receipt. */
function apply(
  state: { ratings: Map<string, Rating>; receipt: LabelsReceipt | null },
  file: LabelsFile,
  extra: Partial<MergeInput> = {},
) {
  const plan = planLabelsMerge({
    file,
    fileName: `labels-${file.createdAt}.age`,
    fileSha256: sha(file),
    importedAt: '2026-01-06T00:00:00.000Z',
    receipt: state.receipt,
    local: [...state.ratings.values()],
    ...extra,
  });
  for (const r of plan.put) state.ratings.set(r.threadId, r);
  for (const t of plan.remove) state.ratings.delete(t);
  if (plan.receipt) state.receipt = plan.receipt;
  return plan;
}
const fresh = (local: Rating[] = []) => ({
  ratings: new Map(local.map((r) => [r.threadId as string, r])),
  receipt: null as LabelsReceipt | null,
});

// Ana's three files: t1, t2 labeled; then t2 relabeled and t4 added; then t1 undone and t5 added.
const first = anaFile([anaRating('t1', 'Coding', 1), anaRating('t2', 'Brainstorming', 2)], 10, 2);
const second = anaFile(
  [anaRating('t1', 'Coding', 1), anaRating('t2', 'Text Manipulation', 12), anaRating('t4', 'Coding', 13)],
  20,
  4,
);
const third = anaFile(
  [
    anaRating('t2', 'Text Manipulation', 12),
    anaRating('t4', 'Coding', 13),
    anaRating('t5', 'Other', 21, { otherSuggestion: 'Scheduling' }),
  ],
  30,
  6,
);

describe('planLabelsMerge', () => {
  it("adds the first file, with audit events at the reviewer's own times and their own events", () => {
    const plan = apply(fresh(), first);
    expect(plan).toMatchObject({ status: 'merged', added: 2, changed: 0, removed: 0, conflicts: [] });
    expect(plan.events.map((e) => [e.action, e.at, e.actor])).toEqual([
      ['rating.imported', '2026-01-05T10:01:00.000Z', ana],
      ['rating.imported', '2026-01-05T10:02:00.000Z', ana],
      ['workspace.rating.created', '2026-01-05T09:00:00.000Z', ana],
      ['workspace.rating.created', '2026-01-05T09:01:00.000Z', ana],
      ['labels-file.imported', '2026-01-06T00:00:00.000Z', 'lead'],
    ]);
  });

  it('changes nothing for the same file twice', () => {
    const state = fresh();
    apply(state, first);
    expect(apply(state, first)).toMatchObject({ status: 'unchanged', put: [], remove: [], events: [], receipt: null });
  });

  it("records a newer file's changes as changes (from, to) and removes what the reviewer undid", () => {
    const state = fresh();
    apply(state, first);
    const plan = apply(state, second);
    expect(plan).toMatchObject({ status: 'merged', added: 1, changed: 1, removed: 0 });
    expect(plan.events.find((e) => e.action === 'rating.changed')).toMatchObject({
      subject: 'sample-1/t2',
      from: 'Brainstorming',
      to: 'Text Manipulation',
      at: '2026-01-05T10:12:00.000Z',
    });
    expect(plan.events.filter((e) => e.action.startsWith('workspace.'))).toHaveLength(2);
    const undone = apply(state, third);
    expect(undone).toMatchObject({ added: 1, changed: 0, removed: 1 });
    expect([...state.ratings.keys()].sort()).toEqual(['t2', 't4', 't5']);
  });

  it('changes nothing for an older file after a newer one, and says so', () => {
    const state = fresh();
    apply(state, second);
    expect(apply(state, first)).toMatchObject({ status: 'older', put: [], remove: [], events: [] });
    expect(state.ratings.get('t2')?.label).toBe('Text Manipulation');
  });

  it('ends in the same ratings and receipt whatever the order and repetition of the files (seeded shuffles)', () => {
    const expected = fresh();
    apply(expected, third);
    const files = [first, second, third];
    for (let seed = 1; seed <= 200; seed++) {
      const random = createRandom(seed);
      const sequence = Array.from({ length: 1 + randomInt(random, 7) }, () => files[randomInt(random, 3)]);
      sequence.splice(randomInt(random, sequence.length + 1), 0, third);
      const state = fresh();
      for (const file of sequence) apply(state, file!);
      expect(state.ratings, `seed ${seed}`).toEqual(expected.ratings);
      expect(state.receipt, `seed ${seed}`).toEqual(expected.receipt);
    }
  });

  it('reports a label made at this browser that the file contradicts as a conflict, and writes nothing', () => {
    const workstation = anaRating('t1', 'Brainstorming', 40);
    const state = fresh([workstation]);
    const plan = apply(state, first);
    expect(plan).toMatchObject({ status: 'conflicts', put: [], events: [], receipt: null });
    expect(plan.conflicts).toEqual([
      {
        threadId: 't1',
        reviewerId: ana,
        local: { label: 'Brainstorming', updatedAt: '2026-01-05T10:40:00.000Z' },
        incoming: { label: 'Coding', updatedAt: '2026-01-05T10:01:00.000Z' },
      },
    ]);
    expect(state.ratings.get('t1')).toEqual(workstation);
  });

  it("merges with the lead's resolutions: incoming replaces, local stays", () => {
    const keepIncoming = fresh([anaRating('t1', 'Brainstorming', 40)]);
    const taken = apply(keepIncoming, first, {
      resolutions: [{ threadId: 't1' as Rating['threadId'], reviewerId: ana, keep: 'incoming' }],
    });
    expect(taken).toMatchObject({ status: 'merged', added: 1, changed: 1 });
    expect(keepIncoming.ratings.get('t1')?.label).toBe('Coding');

    const keepLocal = fresh([anaRating('t1', 'Brainstorming', 40)]);
    apply(keepLocal, first, {
      resolutions: [{ threadId: 't1' as Rating['threadId'], reviewerId: ana, keep: 'local' }],
    });
    expect(keepLocal.ratings.get('t1')?.label).toBe('Brainstorming');
    expect(keepLocal.receipt?.delivered).not.toHaveProperty('t1');
  });

  it('is no conflict when the browser already holds the same label, and counts it as received', () => {
    const state = fresh([anaRating('t1', 'Coding', 40)]);
    const plan = apply(state, first);
    expect(plan).toMatchObject({ status: 'merged', added: 1, changed: 0 });
    expect(state.receipt?.delivered).toHaveProperty('t1', '2026-01-05T10:40:00.000Z');
  });

  it('treats a rating changed at this browser after a file as local: a later file contradicting it conflicts', () => {
    const state = fresh();
    apply(state, first);
    state.ratings.set('t2', anaRating('t2', 'Coding', 50));
    expect(apply(state, second).conflicts.map((c) => c.threadId)).toEqual(['t2']);
  });
});
