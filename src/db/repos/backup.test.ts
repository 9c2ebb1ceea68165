import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../tests/support/database';
import { readStudyBackupText } from '../../domain/backup/read-study-backup';
import { studyBackupParts, type StudyBackup } from '../../domain/backup/study-backup';
import { defaultCodebook } from '../../domain/codebook/default-codebook';
import { asSampleId, asStudyId, asThreadId, type StudyId } from '../../domain/ids';
import type { Rating } from '../../domain/rating';
import type { Study } from '../../domain/study';
import type { ThreadInput } from '../../domain/threads/thread';
import { STUDY_SCOPED_TABLES, studyRange, type ConcordDatabase } from '../database';
import { readStudyBackup, restoreStudyBackup } from './backup';
import { saveCodebookEdit } from './codebooks';
import { reopenDecision, saveDecision } from './decisions';
import { importThreads } from './import-threads';
import { importLlmLabels } from './llm-labels';
import { annotateThread, saveRating } from './ratings';
import { addReviewer } from './reviewers';
import { createSample, setRevealLlmAfterDone } from './samples';
import { createStudy } from './studies';

const NOW = '2026-03-01T00:00:00.000Z';
const thread = (id: string, turns: string[], label: string | null): ThreadInput => ({
  threadId: asThreadId(id), turns, userId: `u-${id}`, department: 'Radiology', role: 'Nurse', createdAt: '2025-06-01T08:00:00Z', llmLabel: label, sourceRow: 2,
});

/** A study with every kind of record: threads (one over a spreadsheet cell), two LLM runs, two
 * codebook versions, four reviewers, a sample, ratings with notes, flags and an Other
 * suggestion, a note and flag before a label, decisions (one adjudicated, one reopened) and their
 * audit trail. */
async function buildRichStudy(db: ConcordDatabase): Promise<Study> {
  const study = await createPilotStudy(db);
  await importThreads(db, {
    studyId: study.id, llmModel: 'gpt-4o', source: 'threads.csv', now: NOW,
    threads: [
      thread('t1', ['Draft a letter to "Dr. Ng", please', 'Shorter.'], 'Email & Document Writing'),
      thread('t2', ['=HYPERLINK("x")', 'Ünïcödé 😀 text'], 'Coding'),
      thread('t3', ['x'.repeat(40_000)], null),
      thread('t4', ['What is the dose of amoxicillin?'], 'Answer Medical Knowledge Questions'),
    ],
  });
  await importLlmLabels(db, { studyId: study.id, model: 'gpt-4o-refined', source: 'labels.csv', now: NOW, labels: [{ threadId: asThreadId('t3'), label: 'Other' }] });
  const [ana, ben, cy, dee] = await Promise.all(['Ana', 'Ben', 'Cy', 'Dee'].map((name, i) =>
    addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role: i === 3 ? 'lead' : 'reviewer', now: NOW })));
  const sampleId = asSampleId('sample-1');
  await createSample(db, {
    studyId: study.id, sampleId, name: 'Pilot sample', createdAt: NOW, seed: 42, threadIds: ['t1', 't2', 't3', 't4'].map(asThreadId),
    reviewerIds: [ana!.reviewerId, ben!.reviewerId, cy!.reviewerId], codebookVersion: 1, manifest: { seed: 42, filters: { frequentOnly: false } },
  });
  const rate = (r: typeof ana, threadId: string, label: string, extra: Partial<Rating> = {}) => saveRating(db, {
    studyId: study.id, sampleId, reviewerId: r!.reviewerId, threadId: asThreadId(threadId), label, codebookVersion: 1,
    otherSuggestion: null, note: null, flagged: false, durationMs: 1500, updatedAt: NOW, ...extra,
  });
  for (const r of [ana, ben, cy]) await rate(r, 't1', 'Email & Document Writing');
  await rate(ana, 't2', 'Coding', { note: 'formula-looking text', flagged: true });
  await rate(ben, 't2', 'Coding');
  await rate(cy, 't2', 'Other', { otherSuggestion: 'Spreadsheet help' });
  await rate(ana, 't3', 'Other', { otherSuggestion: 'Badge printing' });
  await rate(ben, 't3', 'Coding');
  await rate(cy, 't3', 'Brainstorming');
  await rate(cy, 't3', 'Text Manipulation', { updatedAt: '2026-03-02T00:00:00Z' });
  await rate(ana, 't4', 'Answer Medical Knowledge Questions');
  await db.sentPackets.add({
    studyId: study.id, packetId: 'packet-1', sampleId, reviewerId: ana!.reviewerId, sentAt: NOW, sha256: 'f'.repeat(64),
    threadIds: ['t1', 't2'].map(asThreadId), codebookVersion: 1, includesMetadata: false,
  });
  await db.labelsReceipts.add({
    studyId: study.id, packetId: 'packet-1', sampleId, reviewerId: ana!.reviewerId, lastFileAt: NOW, lastFileSha256: 'e'.repeat(64),
    importedAt: NOW, delivered: { t1: NOW }, eventCount: 3,
  });
  await annotateThread(db, { studyId: study.id, sampleId, reviewerId: ben!.reviewerId, threadId: asThreadId('t4') }, { note: 'read before labeling', flagged: true }, NOW);
  const v1 = (await db.codebooks.get([study.id, 1]))!;
  await saveCodebookEdit(db, { kind: 'new-version', version: { ...v1, version: 2, categories: v1.categories.slice(1), createdAt: NOW, frozen: false } }, 'Merged a category');
  const decided = { studyId: study.id, sampleId, decidedAt: '2026-03-03T00:00:00Z' };
  await saveDecision(db, { ...decided, threadId: asThreadId('t2'), finalLabel: 'Coding', method: 'majority', adjudicatorId: null, rationale: null, decidedBy: 'lead' });
  await saveDecision(db, { ...decided, threadId: asThreadId('t3'), finalLabel: 'Other', method: 'adjudicated', adjudicatorId: dee!.reviewerId, rationale: 'Badge printing is not in the codebook', decidedBy: dee!.reviewerId });
  await saveDecision(db, { ...decided, threadId: asThreadId('t1'), finalLabel: 'Coding', method: 'consensus', adjudicatorId: null, rationale: null, decidedBy: 'lead' });
  await reopenDecision(db, { studyId: study.id, sampleId, threadId: asThreadId('t1') }, { actor: 'lead', at: NOW, why: 'Mistake' });
  await setRevealLlmAfterDone(db, study.id, sampleId, true, NOW);
  return study;
}

/** Every record of a study, table by table; audit events in `seq` order. */
async function dump(db: ConcordDatabase, studyId: StudyId) {
  const [lo, hi] = studyRange(studyId);
  const tables: Record<string, unknown[]> = {};
  for (const name of STUDY_SCOPED_TABLES) tables[name] = await db.table(name).where(':id').between(lo, hi, true, true).toArray();
  const audit = await db.auditEvents.where('studyId').equals(studyId).sortBy('seq');
  return { study: await db.studies.get(studyId), tables, audit };
}

const withoutSeq = <T extends { seq?: number }>(events: T[]) => events.map(({ seq: _seq, ...rest }) => rest);
const roundTrip = async (backup: StudyBackup) => readStudyBackupText(studyBackupParts(backup).join(''));

let source: ConcordDatabase;
let target: ConcordDatabase;
beforeEach(() => { source = freshDatabase(); target = freshDatabase(); });
afterEach(async () => { await source.delete(); await target.delete(); });

describe('study backup', () => {
  test('restores every record of every table into another browser that already holds a study', async () => {
    const study = await buildRichStudy(source);
    const noise = await createStudy(source, { name: 'Noise', now: NOW, categories: defaultCodebook().categories });
    await importThreads(source, { studyId: noise.id, llmModel: null, source: 'n.csv', now: NOW, threads: [thread('t1', ['noise'], null)] });
    // The target's own events take seq 1, 2, …: the backup's numbers would clash.
    const resident = await createStudy(target, { name: 'Resident', now: NOW, categories: defaultCodebook().categories });
    await importThreads(target, { studyId: resident.id, llmModel: null, source: 'r.csv', now: NOW, threads: [thread('t1', ['mine'], null)] });
    const residentBefore = await dump(target, resident.id);

    const backup = await readStudyBackup(source, study.id, NOW);
    expect(backup.tables.threads.map((t) => t.threadId)).toEqual(['t1', 't2', 't3', 't4']);
    const { backup: read, problems } = await roundTrip(backup);
    expect(problems).toEqual([]);
    const counts = await restoreStudyBackup(target, read!);

    const before = await dump(source, study.id);
    const after = await dump(target, study.id);
    expect(after.study).toEqual(before.study);
    for (const name of STUDY_SCOPED_TABLES) expect(after.tables[name], name).toEqual(before.tables[name]);
    expect(withoutSeq(after.audit)).toEqual(withoutSeq(before.audit));
    const seqs = after.audit.map((e) => e.seq!);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(Math.min(...seqs)).toBeGreaterThan(Math.max(...residentBefore.audit.map((e) => e.seq!)));
    expect(await dump(target, resident.id)).toEqual(residentBefore);

    expect(counts).toEqual({
      threads: 4, threadPages: 1, llmRuns: 2, llmLabels: 2, codebooks: 2, reviewers: 4, samples: 1, ratings: 10, pendingAnnotations: 1,
      decisions: 2, sentPackets: 1, labelsReceipts: 1,
      auditEvents: before.audit.length,
    });
    expect(before.tables.threads!.some((t) => (t as { turns: string[] }).turns[0]!.length === 40_000)).toBe(true);
    expect(before.tables.ratings!.some((r) => (r as Rating).otherSuggestion === 'Badge printing')).toBe(true);
    expect(before.audit.map((e) => e.action)).toEqual(expect.arrayContaining(['rating.changed', 'decision.made', 'decision.reopened', 'codebook.versioned', 'sample.reveal-llm']));
  });

  test('refuses a study this browser already holds, and leaves the database as it was', async () => {
    const study = await buildRichStudy(source);
    const backup = (await roundTrip(await readStudyBackup(source, study.id, NOW))).backup!;
    const before = await dump(source, study.id);
    const auditCount = await source.auditEvents.count();
    await expect(restoreStudyBackup(source, backup)).rejects.toThrow(/already has the study “Pilot”.*nothing was restored/);
    expect(await dump(source, study.id)).toEqual(before);
    expect(await source.auditEvents.count()).toBe(auditCount);
  });

  test('a write that fails half-way stores nothing', async () => {
    const study = await buildRichStudy(source);
    const backup = (await roundTrip(await readStudyBackup(source, study.id, NOW))).backup!;
    // A stray record under the same key makes one bulkAdd fail after others have run.
    await target.ratings.add(backup.tables.ratings[5]!);
    await expect(restoreStudyBackup(target, backup)).rejects.toThrow();
    expect(await target.studies.count()).toBe(0);
    expect(await target.threads.count()).toBe(0);
    expect(await target.auditEvents.count()).toBe(0);
    expect(await target.ratings.count()).toBe(1);
  });

  test('a corrupted file is refused with the table and record named', async () => {
    const study = await buildRichStudy(source);
    const text = studyBackupParts(await readStudyBackup(source, study.id, NOW)).join('');
    const corrupted = text.replace('"flagged":true', '"flagged":"true"');
    const { backup, problems } = readStudyBackupText(corrupted);
    expect(backup).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ratings, record \d+: flagged: .*expected boolean/);
    expect(readStudyBackupText(text.slice(0, text.length / 2)).problems[0]).toMatch(/^The file is not JSON/);
  });

  test('reading the backup of a study that does not exist throws', async () => {
    await expect(readStudyBackup(source, asStudyId('nope'), NOW)).rejects.toThrow('The study (id nope) is not in this browser');
  });
});
