// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../../tests/support/render-app';
import { listThreadMeta } from '../../../db/repos/threads';
import { ImportPage } from './import-page';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

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
  const rows = within(problems)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);
  expect(rows).toEqual([expect.stringMatching(/^3.*no text/), expect.stringMatching(/^4.*already used in row 2/)]);
  expect(await db.threads.count()).toBe(0);

  screen.getByRole('button', { name: 'Import 2 valid threads' }).focus();
  await user.keyboard('{Enter}');
  await screen.findByText('Stored 2 threads and 0 LLM labels.');
  const stored = await listThreadMeta(db, study.id);
  expect(stored.map((t) => [t.threadId, t.department])).toEqual([
    ['t1', 'Cardiology'],
    ['t3', 'Oncology'],
  ]);
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

test('a file whose dates could be day or month first asks for the order, showing how its dates read each way', async () => {
  const user = userEvent.setup();
  renderApp(<ImportPage studyId={study.id} />, { db });
  const file = 'thread_id;prompt;date\r\nd1;a;03.04.2024 08:12\r\nd2;b;05.06.2024\r\nd3;c;N/A\r\n';
  await user.upload(await screen.findByLabelText(/^File/), new File([file], 'dates.csv'));
  const choice = await screen.findByRole('group', { name: 'Date order of “date”' });
  expect(screen.getByRole('button', { name: 'Check 3 rows' })).toBeDisabled();
  expect(screen.getByRole('list', { name: 'Column problems' })).toHaveTextContent('Choose the date order of “date”.');
  const dayFirst = within(choice).getByRole('radio', { name: 'Day first' });
  expect(dayFirst).toHaveAccessibleDescription(/03\.04\.2024 08:12 → 2024-04-03 08:12; 05\.06\.2024 → 2024-06-05/);
  expect(within(choice).getByRole('radio', { name: 'Month first' })).toHaveAccessibleDescription(
    /03\.04\.2024 08:12 → 2024-03-04 08:12/,
  );
  await user.click(dayFirst);
  await user.click(screen.getByRole('button', { name: 'Check 3 rows' }));
  const problems = await screen.findByRole('table', { name: 'Problems by row' });
  expect(
    within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent),
  ).toEqual([expect.stringMatching(/^4.*"N\/A" is no date; the thread is imported without a date/)]);
  await user.click(screen.getByRole('button', { name: 'Import 3 valid threads' }));
  await screen.findByText('Stored 3 threads and 0 LLM labels.');
  expect((await listThreadMeta(db, study.id)).map((t) => t.createdAt)).toEqual([
    '2024-04-03 08:12',
    '2024-06-05',
    null,
  ]);
});
