// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { readStudyBackup } from '../../../db/repos/backup';
import { importThreads } from '../../../db/repos/import-threads';
import { studyBackupParts } from '../../../domain/backup/study-backup';
import { asThreadId } from '../../../domain/ids';
import { StudiesPage } from './studies-page';

let source: ConcordDatabase;
let target: ConcordDatabase;
let backupText: string;
beforeEach(async () => {
  source = freshDatabase();
  target = freshDatabase();
  const study = await createPilotStudy(source);
  await importThreads(source, {
    studyId: study.id,
    llmModel: null,
    source: 'threads.csv',
    now: '2026-01-01T00:00:00Z',
    threads: [
      {
        threadId: asThreadId('t1'),
        turns: ['hello'],
        userId: 'u',
        department: null,
        role: null,
        createdAt: null,
        llmLabel: null,
        sourceRow: 2,
      },
    ],
  });
  backupText = studyBackupParts(await readStudyBackup(source, study.id, '2026-02-01T00:00:00Z')).join('');
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

const file = (text: string) => new File([text], 'Pilot-backup.json', { type: 'application/json' });

test('a backup file restores its study, and a second restore of it is refused in words', async () => {
  const user = userEvent.setup();
  renderApp(<StudiesPage />, { db: target });
  await screen.findByText(/No studies yet/);
  const input = screen.getByLabelText('Restore a study from a backup file');
  await user.upload(input, file(backupText));
  expect(await screen.findByText('Restored “Pilot”')).toBeInTheDocument();
  expect(screen.getByText(/1 thread, 0 ratings/)).toBeInTheDocument();
  expect(await screen.findByRole('heading', { name: 'Pilot' })).toBeInTheDocument();
  expect(await target.threads.count()).toBe(1);

  await user.upload(input, file(backupText));
  expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was restored.*already has the study “Pilot”/);
  expect(await target.studies.count()).toBe(1);
});

test('a corrupted backup lists its problems and writes nothing', async () => {
  const user = userEvent.setup();
  renderApp(<StudiesPage />, { db: target });
  await user.upload(
    await screen.findByLabelText('Restore a study from a backup file'),
    file(backupText.replace('"turns":["hello"]', '"turns":"hello"')),
  );
  const problems = await screen.findByRole('list', { name: 'Problems in the backup file' });
  expect(within(problems).getByRole('listitem')).toHaveTextContent(/^threads, record 1: turns: .*expected array/);
  expect(await target.studies.count()).toBe(0);
});
