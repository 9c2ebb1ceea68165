// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { listThreadMeta } from '../../../db/repos/threads';
import type { Study } from '../../../domain/study';
import { ImportPage } from './import-page';

let db: ConcordDatabase;
let study: Study;
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
});
afterEach(async () => { await db.delete(); });

const csv = [
  'thread_id;prompt;department',
  't1;"Write an email; keep it short";Cardiology',
  't2;;Cardiology',
  't1;again;Oncology',
  't3;Résumé ✓;Oncology',
].join('\r\n');

test('a lead imports a file with the keyboard: columns matched, problems listed by row, valid rows stored', async () => {
  const user = userEvent.setup();
  renderApp(<ImportPage studyId={study.id} />, { db, path: `/studies/${study.id}/import` });
  await screen.findByRole('heading', { name: 'Import into Pilot' });

  await user.upload(screen.getByLabelText(/^File/), new File([csv], 'threads.csv', { type: 'text/csv' }));
  await screen.findByRole('heading', { name: /Match the columns of threads\.csv/ });
  expect(screen.getByRole('combobox', { name: /thread id/ })).toHaveValue('thread_id');
  expect(screen.getByRole('combobox', { name: /^text/ })).toHaveValue('prompt');
  expect(screen.getByRole('combobox', { name: /department/ })).toHaveValue('department');

  screen.getByRole('button', { name: 'Check 4 rows' }).focus();
  await user.keyboard('{Enter}');
  const problems = await screen.findByRole('table', { name: 'Problems by row' });
  const rows = within(problems).getAllByRole('row').slice(1).map((r) => r.textContent);
  expect(rows).toEqual([expect.stringMatching(/^3.*no text/), expect.stringMatching(/^4.*already used in row 2/)]);
  expect(await db.threads.count()).toBe(0);

  screen.getByRole('button', { name: 'Import 2 valid threads' }).focus();
  await user.keyboard('{Enter}');
  await screen.findByText('Stored 2 threads and 0 LLM labels.');
  const stored = await listThreadMeta(db, study.id);
  expect(stored.map((t) => [t.threadId, t.department])).toEqual([['t1', 'Cardiology'], ['t3', 'Oncology']]);
  expect((await db.threads.get([study.id, stored[0]!.threadId]))?.turns).toEqual(['Write an email; keep it short']);
});

test('cancelling at the report stores nothing and says so', async () => {
  const user = userEvent.setup();
  renderApp(<ImportPage studyId={study.id} />, { db });
  await user.upload(await screen.findByLabelText(/^File/), new File([csv], 'threads.csv'));
  await user.click(await screen.findByRole('button', { name: 'Check 4 rows' }));
  await user.click(await screen.findByRole('button', { name: 'Cancel import' }));
  await screen.findByRole('heading', { name: '1. Choose a file' });
  expect(await db.threads.count()).toBe(0);
});
