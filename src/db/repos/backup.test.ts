import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freshDatabase } from '../../../tests/support/database';
import { readStudyBackupText } from '../../domain/backup/read-study-backup';
import { studyBackupParts, type StudyBackup } from '../../domain/backup/study-backup';
import { defaultCodebook } from '../../domain/codebook/default-codebook';
import { asStudyId } from '../../domain/ids';
import type { Rating } from '../../domain/rating';
import { STUDY_SCOPED_TABLES, type ConcordDatabase } from '../database';
import { readStudyBackup, restoreStudyBackup } from './backup';
import { importThreads } from './import-threads';
import { createStudy } from './studies';

import { buildRichStudy, dump, NOW, thread } from '../../../tests/support/rich-study';

const withoutSeq = <T extends { seq?: number }>(events: T[]) => events.map(({ seq: _seq, ...rest }) => rest);
const roundTrip = async (backup: StudyBackup) => readStudyBackupText(studyBackupParts(backup).join(''));

let source: ConcordDatabase;
let target: ConcordDatabase;
beforeEach(() => {
  source = freshDatabase();
  target = freshDatabase();
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

describe('study backup', () => {
  test('restores every record of every table into another browser that already holds a study', async () => {
    const study = await buildRichStudy(source);
    const noise = await createStudy(source, { name: 'Noise', now: NOW, categories: defaultCodebook().categories });
    await importThreads(source, {
      studyId: noise.id,
      llmModel: null,
      source: 'n.csv',
      now: NOW,
      threads: [thread('t1', ['noise'], null)],
    });
    // The target's own events take seq 1, 2, …: the backup's numbers would clash.
    const resident = await createStudy(target, {
      name: 'Resident',
      now: NOW,
      categories: defaultCodebook().categories,
    });
    await importThreads(target, {
      studyId: resident.id,
      llmModel: null,
      source: 'r.csv',
      now: NOW,
      threads: [thread('t1', ['mine'], null)],
    });
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
      threads: 4,
      threadPages: 1,
      llmRuns: 2,
      llmLabels: 2,
      codebooks: 2,
      reviewers: 4,
      samples: 1,
      ratings: 10,
      pendingAnnotations: 1,
      decisions: 2,
      sentPackets: 1,
      labelsReceipts: 1,
      auditEvents: before.audit.length,
    });
    expect(before.tables.threads!.some((t) => (t as { turns: string[] }).turns[0]!.length === 40_000)).toBe(true);
    expect(before.tables.ratings!.some((r) => (r as Rating).otherSuggestion === 'Badge printing')).toBe(true);
    expect(before.audit.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'rating.changed',
        'decision.made',
        'decision.reopened',
        'codebook.versioned',
        'sample.reveal-llm',
      ]),
    );
  });

  test('refuses a study this browser already holds, and leaves the database as it was', async () => {
    const study = await buildRichStudy(source);
    const backup = (await roundTrip(await readStudyBackup(source, study.id, NOW))).backup!;
    const before = await dump(source, study.id);
    const auditCount = await source.auditEvents.count();
    await expect(restoreStudyBackup(source, backup)).rejects.toThrow(
      /already has the study “Pilot”.*nothing was restored/,
    );
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
    await expect(readStudyBackup(source, asStudyId('nope'), NOW)).rejects.toThrow(
      'readStudyBackup: no study with id nope',
    );
  });
});
