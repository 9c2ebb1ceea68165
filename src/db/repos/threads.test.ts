import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../tests/support/database';
import { asThreadId } from '../../domain/ids';
import type { Study } from '../../domain/study';
import { readStudyBackupText } from '../../domain/backup/read-study-backup';
import { studyBackupParts } from '../../domain/backup/study-backup';
import type { ConcordDatabase } from '../database';
import { readStudyBackup, restoreStudyBackup } from './backup';
import { importThreads } from './import-threads';
import { deleteStudy } from './studies';
import { getThreads } from './thread-texts';
import { getThread, listThreadMeta } from './threads';

let db: ConcordDatabase;
let study: Study;
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
});
afterEach(async () => db.delete());

const thread = (id: string, createdAt: string | null) => ({
  threadId: asThreadId(id),
  turns: ['x'],
  userId: null,
  department: null,
  role: null,
  createdAt,
  llmLabel: null,
  sourceRow: 2,
});

test('threads stored with the old UTC date shape are read as the wall-clock time the file gave', async () => {
  // Imports before wall-clock dates stored toISOString() of the zoneless cell read as UTC.
  await importThreads(db, {
    studyId: study.id,
    llmModel: null,
    source: 'old.csv',
    now: '2025-01-01T00:00:00Z',
    threads: [thread('old', '2024-06-03T14:05:00.000Z'), thread('new', '2024-06-03 14:05'), thread('none', null)],
  });
  expect((await listThreadMeta(db, study.id)).map((m) => m.createdAt)).toEqual([
    '2024-06-03 14:05',
    '2024-06-03 14:05',
    null,
  ]);
  expect((await getThread(db, study.id, asThreadId('old')))?.createdAt).toBe('2024-06-03 14:05');
  expect((await getThreads(db, study.id, [asThreadId('old')]))[0]?.createdAt).toBe('2024-06-03 14:05');
});

test('a backup made before wall-clock dates restores, and its dates read as wall-clock times', async () => {
  await importThreads(db, {
    studyId: study.id,
    llmModel: null,
    source: 'old.csv',
    now: '2025-01-01T00:00:00Z',
    threads: [thread('old', '2024-06-03T08:00:30.000Z')],
  });
  const text = studyBackupParts(await readStudyBackup(db, study.id, '2025-02-01T00:00:00Z')).join('');
  expect(text).toContain('"createdAt":"2024-06-03T08:00:30.000Z"');
  await deleteStudy(db, study.id);
  const { backup, problems } = readStudyBackupText(text);
  expect(problems).toEqual([]);
  await restoreStudyBackup(db, backup!);
  expect((await listThreadMeta(db, study.id))[0]?.createdAt).toBe('2024-06-03 08:00:30');
});
