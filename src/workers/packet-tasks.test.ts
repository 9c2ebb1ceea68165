import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { freshDatabase } from '../../tests/support/database';
import type { ConcordDatabase } from '../db/database';
import { listReceivedLabels, listSentPackets } from '../db/repos/packets';
import type { Study } from '../domain/study';
import { decryptAgeFile, encryptToRecipient } from './age-files';
import type { PacketResults } from './packet-protocol';

import { call, importFiles, leadStudy, NOW, open, rate, sampleId } from '../../tests/support/packet-tasks';

// One send for the whole file: each packet costs a scrypt of work factor 18 (about a second).
let lead: ConcordDatabase;
let study: Study;
let ids: Awaited<ReturnType<typeof leadStudy>>;
let sent: PacketResults['send-packets'];
const reviewerDbs: ConcordDatabase[] = [];
beforeAll(async () => {
  lead = freshDatabase();
  ids = await leadStudy(lead);
  sent = await call(lead, {
    type: 'send-packets',
    studyId: ids.study.id,
    sampleId,
    includeMetadata: false,
    instructions: 'By Friday',
    dueDate: '2026-03-06',
    now: NOW,
  });
  study = (await lead.studies.get(ids.study.id))!;
}, 120_000);
const reviewerDb = () => {
  const db = freshDatabase();
  reviewerDbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(reviewerDbs.splice(0).map((db) => db.delete()));
});

// Each passphrase decryption runs scrypt (work factor 18): seconds on a loaded machine.
describe('reviewer packets end to end (crypto worker tasks, in-process)', { timeout: 120_000 }, () => {
  test('sends one packet per reviewer with its own six-word passphrase, recorded with its SHA-256; the study gets an X25519 key', async () => {
    expect(sent.packets.map((p) => [p.reviewerName, p.fileName])).toEqual([
      ['Ana Arias', 'packet-Pilot-Pilot-sample-Ana-Arias.age'],
      ['Ben Boateng', 'packet-Pilot-Pilot-sample-Ben-Boateng.age'],
      ['Cy Chen', 'packet-Pilot-Pilot-sample-Cy-Chen.age'],
    ]);
    expect(new Set(sent.packets.map((p) => p.passphrase)).size).toBe(3);
    for (const p of sent.packets) expect(p.passphrase.split('-')).toHaveLength(6);
    expect(study.ageKeys?.recipient).toMatch(/^age1[0-9a-z]+$/);
    const records = await listSentPackets(lead, study.id, sampleId);
    expect(new Map(records.map((r) => [r.reviewerId, r.threadIds]))).toEqual(
      new Map([
        [ids.ana, ['t1', 't2', 't4', 't5']],
        [ids.ben, ['t1', 't3', 't4', 't6']],
        [ids.cy, ['t2', 't3', 't5', 't6']],
      ]),
    );
    expect(records.every((r) => /^[0-9a-f]{64}$/.test(r.sha256))).toBe(true);
    expect(new TextDecoder().decode(sent.packets[0]!.bytes.subarray(0, 22))).toBe('age-encryption.org/v1\n');
  });

  test("a decrypted packet holds the reviewer's threads only: no LLM label, no other reviewer, no user id", async () => {
    const ana = sent.packets[0]!;
    const text = new TextDecoder().decode(await decryptAgeFile(ana.fileName, ana.bytes, 'passphrase', ana.passphrase));
    expect(JSON.parse(text).threads.map((t: { threadId: string }) => t.threadId)).toEqual(['t1', 't2', 't4', 't5']);
    expect(JSON.parse(text).threads[0]).toEqual({ threadId: 't1', turns: ['prompt t1'] });
    for (const absent of [
      'llm',
      'gpt-4o',
      'Ben Boateng',
      'Cy Chen',
      'user-t',
      'prompt t3',
      'prompt t6',
      'AGE-SECRET-KEY',
      'Radiology',
    ])
      expect(text).not.toContain(absent);
  });

  test('opens a packet into a workspace (the same packet twice: the same workspace), and labels come back merged once', async () => {
    const reviewer = reviewerDb();
    const ana = sent.packets[0]!;
    const opened = await open(reviewer, ana.bytes, ana.passphrase);
    expect(await open(reviewer, ana.bytes, ana.passphrase)).toEqual(opened);
    expect(await reviewer.studies.count()).toBe(1);
    const workspace = (await reviewer.studies.get(opened.studyId))!;
    expect(workspace.workspace).toMatchObject({
      kind: 'reviewer-packet',
      sourceStudyId: study.id,
      sampleName: 'Pilot sample',
      reviewerName: 'Ana Arias',
      instructions: 'By Friday',
    });
    expect(await reviewer.threads.count()).toBe(4);

    await rate(reviewer, opened.studyId, ids.ana, 't1', 'Coding', 1);
    const partial = await call(reviewer, {
      type: 'labels-file',
      workspaceStudyId: opened.studyId,
      now: '2026-03-02T11:00:00.000Z',
    });
    await rate(reviewer, opened.studyId, ids.ana, 't1', 'Brainstorming', 2);
    await rate(reviewer, opened.studyId, ids.ana, 't2', 'Coding', 3);
    const complete = await call(reviewer, {
      type: 'labels-file',
      workspaceStudyId: opened.studyId,
      now: '2026-03-02T12:00:00.000Z',
    });
    expect(complete.fileName).toBe('labels-Pilot-sample-Ana-Arias-202603021200.age');

    const results = await importFiles(lead, study.id, [
      { name: 'complete.age', bytes: complete.bytes },
      { name: 'partial.age', bytes: partial.bytes },
      { name: 'complete-again.age', bytes: complete.bytes },
    ]);
    expect(results.map((r) => [r.fileName, r.status, r.added, r.changed])).toEqual([
      ['complete.age', 'merged', 2, 0],
      ['partial.age', 'older', 0, 0],
      ['complete-again.age', 'unchanged', 0, 0],
    ]);
    expect(results[0]).toMatchObject({ reviewerName: 'Ana Arias', sampleName: 'Pilot sample' });
    const ratings = await lead.ratings
      .where(':id')
      .between([study.id, sampleId, ids.ana], [study.id, sampleId, ids.ana, '\uffff'])
      .toArray();
    expect(ratings.map((r) => [r.threadId, r.label, r.updatedAt])).toEqual([
      ['t1', 'Brainstorming', '2026-03-02T10:02:00.000Z'],
      ['t2', 'Coding', '2026-03-02T10:03:00.000Z'],
    ]);
    expect((await listReceivedLabels(lead, study.id, sampleId))[0]).toEqual({
      reviewerId: ids.ana,
      received: 2,
      total: 4,
      lastFileAt: '2026-03-02T12:00:00.000Z',
    });
    const actions = (await lead.auditEvents.where('studyId').equals(study.id).toArray()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['packet.sent', 'rating.imported', 'workspace.rating.changed', 'labels-file.imported']),
    );
  });

  test('refuses every bad file by name and reason, storing nothing', async () => {
    const reviewer = reviewerDb();
    const ana = sent.packets[0]!;
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: Error) => e.message,
      );
    const altered = ana.bytes.slice();
    altered[altered.length - 10]! ^= 1;
    expect(await refusal(open(reviewer, ana.bytes, 'wrong words here', 'ana.age'))).toBe(
      '“ana.age” was refused: the passphrase is wrong (or the start of the file was altered). Nothing was stored.',
    );
    expect(await refusal(open(reviewer, altered, ana.passphrase, 'ana.age'))).toMatch(
      /“ana.age” was refused: the file was altered or cut short/,
    );
    expect(
      await refusal(open(reviewer, ana.bytes.slice(0, ana.bytes.length - 100), ana.passphrase, 'ana.age')),
    ).toMatch(/altered or cut short/);
    expect(await refusal(open(reviewer, new TextEncoder().encode('thread_id,text\n1,hi'), 'x', 'threads.csv'))).toMatch(
      /“threads.csv” was refused: it is not an age file/,
    );
    expect(await reviewer.studies.count()).toBe(0);

    const opened = await open(reviewer, ana.bytes, ana.passphrase);
    await rate(reviewer, opened.studyId, ids.ana, 't1', 'Coding', 1);
    const labels = await call(reviewer, {
      type: 'labels-file',
      workspaceStudyId: opened.studyId,
      now: '2026-03-02T11:00:00.000Z',
    });
    expect(await refusal(open(reviewer, labels.bytes, ana.passphrase, 'labels.age'))).toMatch(
      /it is a labels file .*not a reviewer packet/,
    );

    const plain = JSON.parse(
      new TextDecoder().decode(await decryptAgeFile('l', labels.bytes, 'recipient', study.ageKeys!.identity)),
    );
    const reencrypt = async (change: (v: typeof plain) => void) => {
      const copy = structuredClone(plain);
      change(copy);
      return encryptToRecipient(new TextEncoder().encode(JSON.stringify(copy)), study.ageKeys!.recipient);
    };
    const before = [await lead.ratings.count(), await lead.labelsReceipts.count(), await lead.auditEvents.count()];
    const cutLabels = labels.bytes.slice(0, labels.bytes.length - 5);
    const results = await importFiles(lead, study.id, [
      { name: 'packet.age', bytes: ana.bytes },
      { name: 'cut.age', bytes: cutLabels },
      {
        name: 'ben.age',
        bytes: await reencrypt((v) => {
          v.reviewer.id = ids.ben;
        }),
      },
      {
        name: 'other-sample.age',
        bytes: await reencrypt((v) => {
          v.sample.id = 'sample-9';
        }),
      },
      {
        name: 'other-study.age',
        bytes: await reencrypt((v) => {
          v.study.id = 'another-study';
        }),
      },
      {
        name: 'outside.age',
        bytes: await reencrypt((v) => {
          v.ratings[0].threadId = 't3';
        }),
      },
      { name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
    ]);
    expect(results.map((r) => [r.fileName, r.status, r.reason])).toEqual([
      ['packet.age', 'refused', expect.stringMatching(/it is a reviewer packet .*not a labels file/)],
      ['cut.age', 'refused', 'the file was altered or cut short (its integrity check failed)'],
      ['ben.age', 'refused', expect.stringMatching(/from reviewer .* but packet .* was sent to another reviewer/)],
      [
        'other-sample.age',
        'refused',
        expect.stringMatching(/for sample sample-9, but packet .* was for another sample/),
      ],
      ['other-study.age', 'refused', 'it belongs to another study, not this one'],
      ['outside.age', 'refused', "rating 1 (thread t3): the thread is not in this reviewer's packet"],
      ['notes.txt', 'refused', expect.stringMatching(/it is not an age file/)],
    ]);
    expect([await lead.ratings.count(), await lead.labelsReceipts.count(), await lead.auditEvents.count()]).toEqual(
      before,
    );
  });

  test("a labels file encrypted to another study's key is refused as not this study's", async () => {
    const other = freshDatabase();
    reviewerDbs.push(other);
    const { study: otherStudy } = await leadStudy(other);
    const [result] = await importFiles(lead, study.id, [
      {
        name: 'stray.age',
        bytes: await encryptToRecipient(
          new TextEncoder().encode('{}'),
          'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq',
        ),
      },
    ]);
    expect(result).toMatchObject({
      status: 'refused',
      reason: 'it was encrypted to another study’s key, so it is not a labels file of this study',
    });
    expect(otherStudy.id).not.toBe(study.id);
  });
});
