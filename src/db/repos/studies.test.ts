import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freshDatabase } from '../../../tests/support/database';
import { defaultCodebook } from '../../domain/codebook/default-codebook';
import { asReviewerId, asSampleId, asThreadId } from '../../domain/ids';
import type { ThreadInput } from '../../domain/threads/thread';
import type { ConcordDatabase } from '../database';
import { getLatestCodebook } from './codebooks';
import { ensureStudyAgeKeys } from './packets';
import { importThreads } from './import-threads';
import { importLlmLabels, listLlmRuns } from './llm-labels';
import { annotateThread } from './ratings';
import { listAuditEvents } from './decisions';
import { createStudy, deleteStudy, getStudy, listStudies, setAnonymiseReviewers } from './studies';
import { forEachThread, getLlmLabelMap, listThreadIds, listThreadMeta } from './threads';

const NOW = '2026-01-01T00:00:00.000Z';
const thread = (id: string, user: string, label: string | null = null, text = `text of ${id}`): ThreadInput => ({
  threadId: asThreadId(id),
  turns: [text],
  userId: user,
  department: 'Cardiology',
  role: 'Scheduler',
  createdAt: null,
  llmLabel: label,
  sourceRow: 2,
});

let db: ConcordDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const newStudy = (name: string) => createStudy(db, { name, now: NOW, categories: defaultCodebook().categories });

describe('studies', () => {
  test('a new study has the default codebook as version 1', async () => {
    const study = await newStudy('Pilot');
    expect(await listStudies(db)).toHaveLength(1);
    const codebook = await getLatestCodebook(db, study.id);
    expect(codebook.version).toBe(1);
    expect(codebook.categories.map((c) => c.name)).toContain('Email & Document Writing');
  });

  test('an import stores threads in file order, their text whole, labels and counts', async () => {
    const study = await newStudy('Pilot');
    const long = 'x'.repeat(45_000);
    const result = await importThreads(
      db,
      {
        studyId: study.id,
        llmModel: 'gpt-4o',
        source: 'a.csv',
        now: NOW,
        threads: [thread('b', 'u1', 'Coding'), thread('a', 'u1', null, long), thread('c', 'u2', 'Coding')],
      },
      undefined,
      2,
    );
    expect(result).toMatchObject({ threads: 3, llmLabels: 2 });
    expect((await listThreadMeta(db, study.id)).map((t) => t.threadId)).toEqual(['b', 'a', 'c']);
    const texts: string[] = [];
    await forEachThread(db, study.id, (t) => texts.push(t.turns[0]!), 2);
    expect(texts).toHaveLength(3);
    expect(texts).toContain(long);
    const updated = await getStudy(db, study.id);
    expect(updated?.summary).toMatchObject({ threadCount: 3, overLimitCount: 1, byUser: { u1: 2, u2: 1 } });
    const [run] = await listLlmRuns(db, study.id);
    expect(run).toMatchObject({ model: 'gpt-4o', labelCounts: { Coding: 2 } });
    expect(await getLlmLabelMap(db, study.id, run!.runId)).toEqual(
      new Map([
        ['b', 'Coding'],
        ['c', 'Coding'],
      ]),
    );
  });

  test('an import is all or nothing: one id already in the study stores none of the file', async () => {
    const study = await newStudy('Pilot');
    await importThreads(db, {
      studyId: study.id,
      llmModel: null,
      source: 'a.csv',
      now: NOW,
      threads: [thread('a', 'u1')],
    });
    await expect(
      importThreads(db, {
        studyId: study.id,
        llmModel: 'm',
        source: 'b.csv',
        now: NOW,
        threads: [thread('new', 'u1', 'Coding'), thread('a', 'u1')],
      }),
    ).rejects.toThrow();
    expect(await listThreadIds(db, study.id)).toEqual(['a']);
    expect((await getStudy(db, study.id))?.summary.threadCount).toBe(1);
    expect(await listLlmRuns(db, study.id)).toEqual([]);
  });

  test('a cancelled import (progress throws) stores nothing', async () => {
    const study = await newStudy('Pilot');
    const threads = Array.from({ length: 10 }, (_, i) => thread(`t${i}`, 'u1'));
    const cancel = (done: number) => {
      if (done >= 4) throw new Error('cancelled');
    };
    await expect(
      importThreads(db, { studyId: study.id, llmModel: null, source: 'a.csv', now: NOW, threads }, cancel, 4),
    ).rejects.toThrow('cancelled');
    expect(await listThreadIds(db, study.id)).toEqual([]);
  });

  test('studies are isolated, and deleting one removes all of its records and says how many', async () => {
    const keep = await newStudy('Keep');
    const gone = await newStudy('Gone');
    const threads = [thread('a', 'u1', 'Coding'), thread('b', 'u2', 'Other')];
    await importThreads(db, { studyId: keep.id, llmModel: 'm', source: 'k.csv', now: NOW, threads });
    await importThreads(db, { studyId: gone.id, llmModel: 'm', source: 'g.csv', now: NOW, threads });
    await importLlmLabels(db, {
      studyId: gone.id,
      model: 'second',
      source: 'l.csv',
      now: NOW,
      labels: [{ threadId: asThreadId('a'), label: 'Coding' }],
    });
    const note = { sampleId: asSampleId('s1'), reviewerId: asReviewerId('r1'), threadId: asThreadId('a') };
    for (const study of [keep, gone])
      await annotateThread(db, { ...note, studyId: study.id }, { note: 'before the label' }, NOW);
    for (const study of [keep, gone]) {
      await db.sentPackets.add({
        studyId: study.id,
        packetId: 'k',
        sampleId: note.sampleId,
        reviewerId: note.reviewerId,
        sentAt: NOW,
        sha256: 'f',
        threadIds: [],
        codebookVersion: 1,
        includesMetadata: false,
      });
      await db.labelsReceipts.add({
        studyId: study.id,
        packetId: 'k',
        sampleId: note.sampleId,
        reviewerId: note.reviewerId,
        lastFileAt: NOW,
        lastFileSha256: 'e',
        importedAt: NOW,
        delivered: {},
        eventCount: 0,
      });
    }

    const counts = await deleteStudy(db, gone.id);
    expect(counts).toMatchObject({
      studies: 1,
      threads: 2,
      threadPages: 1,
      llmRuns: 2,
      llmLabels: 3,
      codebooks: 1,
      pendingAnnotations: 1,
      sentPackets: 1,
      labelsReceipts: 1,
      auditEvents: 4,
    });
    expect(await db.pendingAnnotations.toArray()).toMatchObject([{ studyId: keep.id }]);
    expect([await db.sentPackets.toArray(), await db.labelsReceipts.toArray()]).toMatchObject([
      [{ studyId: keep.id }],
      [{ studyId: keep.id }],
    ]);
    expect(await getStudy(db, gone.id)).toBeNull();
    expect(await listThreadIds(db, gone.id)).toEqual([]);
    expect(await listThreadIds(db, keep.id)).toEqual(['a', 'b']);
    expect(await listLlmRuns(db, keep.id)).toHaveLength(1);
  });
});

test('a study keeps the age key pair it was made with; one made without gets a pair once, when first needed', async () => {
  const keys = { identity: 'AGE-SECRET-KEY-1X', recipient: 'age1x' };
  const keyed = await createStudy(db, {
    name: 'Keyed',
    now: NOW,
    categories: defaultCodebook().categories,
    ageKeys: keys,
  });
  expect((await getStudy(db, keyed.id))!.ageKeys).toEqual(keys);
  const older = await newStudy('Older');
  expect(older.ageKeys).toBeUndefined();
  let made = 0;
  const generate = async () => ({ identity: `AGE-SECRET-KEY-1N${++made}`, recipient: `age1n${made}` });
  expect(await ensureStudyAgeKeys(db, older.id, generate)).toEqual({
    identity: 'AGE-SECRET-KEY-1N1',
    recipient: 'age1n1',
  });
  expect(await ensureStudyAgeKeys(db, older.id, generate)).toEqual({
    identity: 'AGE-SECRET-KEY-1N1',
    recipient: 'age1n1',
  });
  expect(made).toBe(1);
});

test('anonymising reviewers is stored on the study with an audit event, and refused for an unknown study', async () => {
  const study = await newStudy('Pilot');
  expect((await getStudy(db, study.id))!.anonymiseReviewers).toBeUndefined();
  await setAnonymiseReviewers(db, study.id, true, NOW);
  expect((await getStudy(db, study.id))!.anonymiseReviewers).toBe(true);
  await setAnonymiseReviewers(db, study.id, false, NOW);
  expect((await getStudy(db, study.id))!.anonymiseReviewers).toBe(false);
  const events = (await listAuditEvents(db, study.id)).filter((e) => e.action === 'study.anonymise-reviewers');
  expect(events.map((e) => [e.from, e.to])).toEqual([
    ['false', 'true'],
    ['true', 'false'],
  ]);
  await expect(setAnonymiseReviewers(db, 'nope' as typeof study.id, true, NOW)).rejects.toThrow(/no study nope/);
});
