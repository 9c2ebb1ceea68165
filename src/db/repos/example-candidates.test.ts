import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freshDatabase } from '../../../tests/support/database';
import { createCandidatesStudy, type CandidatesStudy } from '../../../tests/support/example-candidates';
import type { Reviewer } from '../../domain/reviewer';
import type { ConcordDatabase } from '../database';
import { listCodebookVersions } from './codebooks';
import { listExampleCandidates, removeExampleCandidate } from './example-candidates';
import { listExamplePicks, listReviewerExamplePicks, setExamplePick } from './example-picks';
import { takeExampleCandidates } from './take-example-candidates';

const NOW = '2026-03-01T00:00:00.000Z';
let db: ConcordDatabase;
let t: CandidatesStudy;
beforeEach(async () => {
  db = freshDatabase();
  t = await createCandidatesStudy(db);
});
afterEach(async () => {
  await db.delete();
});

const pick = (reviewer: Reviewer, candidateId: string, picked = true) =>
  setExamplePick(db, { studyId: t.study.id, reviewerId: reviewer.reviewerId, candidateId, picked, now: NOW });

describe('example candidates', () => {
  test('are added once per category and text, with an audit event', async () => {
    expect(await t.addFive()).toBe(5);
    expect(await t.addFive()).toBe(0);
    expect((await listExampleCandidates(db, t.study.id)).map((c) => c.text)).toEqual([
      'Prompt A',
      'Prompt B',
      'Prompt C',
      'Prompt D',
      'Prompt E',
    ]);
    const events = await db.auditEvents.where('studyId').equals(t.study.id).toArray();
    expect(events.filter((e) => e.action === 'example-candidates.added').map((e) => e.to)).toEqual([
      '5 candidate examples',
      '0 candidate examples',
    ]);
  });

  test("a reviewer's picks are their own key range, at most three per category", async () => {
    await t.addFive();
    const [a, b, c, d] = await listExampleCandidates(db, t.study.id);
    for (const x of [a, b, c]) await pick(t.ana, x!.candidateId);
    await pick(t.ben, d!.candidateId);
    await expect(pick(t.ana, d!.candidateId)).rejects.toThrow(
      'You have already picked 3 candidates of this category; unpick one first.',
    );
    await pick(t.ana, a!.candidateId, false);
    await pick(t.ana, d!.candidateId);
    expect((await listReviewerExamplePicks(db, t.study.id, t.ana.reviewerId)).map((p) => p.candidateId).sort()).toEqual(
      [b, c, d].map((x) => x!.candidateId).sort(),
    );
    expect((await listReviewerExamplePicks(db, t.study.id, t.ben.reviewerId)).map((p) => p.candidateId)).toEqual([
      d!.candidateId,
    ]);
    expect(await listExamplePicks(db, t.study.id)).toHaveLength(4);
  });

  test('taking three makes them the examples of a new version when the latest is frozen, recorded in the audit log', async () => {
    await db.codebooks.update([t.study.id, 1], { frozen: true });
    await t.addFive();
    const [a, b, c] = await listExampleCandidates(db, t.study.id);
    await pick(t.ana, a!.candidateId);
    await pick(t.ben, a!.candidateId);
    await pick(t.ben, c!.candidateId);
    const saved = await takeExampleCandidates(db, {
      studyId: t.study.id,
      categoryId: t.coding.id,
      candidateIds: [a, b, c].map((x) => x!.candidateId),
      now: NOW,
    });
    expect(saved.version).toBe(2);
    const versions = await listCodebookVersions(db, t.study.id);
    expect(versions.map((v) => v.categories.find((x) => x.id === t.coding.id)!.examples)).toEqual([
      t.coding.examples,
      ['Prompt A', 'Prompt B', 'Prompt C'],
    ]);
    const events = await db.auditEvents.where('studyId').equals(t.study.id).sortBy('seq');
    expect(events.at(-2)).toMatchObject({ action: 'codebook.versioned', subject: 'v2' });
    expect(events.at(-1)).toMatchObject({
      action: 'codebook.examples-taken',
      actor: 'lead',
      subject: 'v2 Coding',
      from: t.coding.examples.join(' | '),
      to: 'Prompt A | Prompt B | Prompt C',
      why: `candidates ${a!.candidateId} (picked by Ana and Ben), ${b!.candidateId} (picked by no reviewer), ${c!.candidateId} (picked by Ben)`,
    });
  });

  test('removing a candidate removes its picks with it, in one transaction with an audit event', async () => {
    await t.addFive();
    const [a, b] = await listExampleCandidates(db, t.study.id);
    await pick(t.ana, a!.candidateId);
    await pick(t.ben, a!.candidateId);
    await pick(t.ben, b!.candidateId);
    await removeExampleCandidate(db, { studyId: t.study.id, candidateId: a!.candidateId, now: NOW });
    expect((await listExampleCandidates(db, t.study.id)).map((c) => c.text)).toEqual([
      'Prompt B',
      'Prompt C',
      'Prompt D',
      'Prompt E',
    ]);
    expect((await listExamplePicks(db, t.study.id)).map((p) => p.candidateId)).toEqual([b!.candidateId]);
    const events = await db.auditEvents.where('studyId').equals(t.study.id).sortBy('seq');
    expect(events.at(-1)).toMatchObject({
      action: 'example-candidates.removed',
      actor: 'lead',
      subject: `${a!.candidateId} Coding`,
      from: 'Prompt A',
      to: null,
      why: 'picked by Ana and Ben',
    });
    // The audit log names c5 as removed: a candidate added after it is c6, not a second c5.
    await removeExampleCandidate(db, { studyId: t.study.id, candidateId: 'c5', now: NOW });
    await t.addFive();
    expect((await listExampleCandidates(db, t.study.id)).slice(-2)).toMatchObject([
      { candidateId: 'c6', text: 'Prompt A' },
      { candidateId: 'c7', text: 'Prompt E' },
    ]);
  });

  test('a candidate taken into a codebook version, or gone, is not removed and nothing changes', async () => {
    await t.addFive();
    const [a, b] = await listExampleCandidates(db, t.study.id);
    await pick(t.ana, a!.candidateId);
    await takeExampleCandidates(db, {
      studyId: t.study.id,
      categoryId: t.coding.id,
      candidateIds: [a!.candidateId],
      now: NOW,
    });
    const before = await db.auditEvents.count();
    await expect(
      removeExampleCandidate(db, { studyId: t.study.id, candidateId: a!.candidateId, now: NOW }),
    ).rejects.toThrow('“Prompt A” is an example of codebook version 1, so it stays');
    await expect(removeExampleCandidate(db, { studyId: t.study.id, candidateId: 'c99', now: NOW })).rejects.toThrow(
      'That candidate no longer exists',
    );
    expect(await listExampleCandidates(db, t.study.id)).toHaveLength(5);
    expect(await listExamplePicks(db, t.study.id)).toHaveLength(1);
    expect(await db.auditEvents.count()).toBe(before);
    await removeExampleCandidate(db, { studyId: t.study.id, candidateId: b!.candidateId, now: NOW });
    expect(await listExampleCandidates(db, t.study.id)).toHaveLength(4);
  });

  test('a take that fails stores nothing', async () => {
    await t.addFive();
    const [a] = await listExampleCandidates(db, t.study.id);
    const before = await db.auditEvents.count();
    await expect(
      takeExampleCandidates(db, {
        studyId: t.study.id,
        categoryId: t.coding.id,
        candidateIds: [a!.candidateId, 'gone'],
        now: NOW,
      }),
    ).rejects.toThrow('A chosen candidate no longer exists');
    expect(
      (await listCodebookVersions(db, t.study.id))[0]!.categories.find((x) => x.id === t.coding.id)!.examples,
    ).toEqual(t.coding.examples);
    expect(await db.auditEvents.count()).toBe(before);
  });
});
