// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase, importTestThreads } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { listSamples } from '../../../db/repos/samples';
import type { Study } from '../../../domain/study';
import { paths } from '../../../lib/paths';
import { SamplesPage } from './samples-page';

let db: ConcordDatabase;
let study: Study;

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  await importTestThreads(
    db,
    study.id,
    Array.from({ length: 20 }, (_, i) => `t${i + 1}`),
    (i) => ({ userId: `u${i % 2}` }),
  );
});
afterEach(async () => {
  await db.delete();
});

async function addReviewer(user: ReturnType<typeof userEvent.setup>, name: string) {
  const form = screen.getByRole('form', { name: 'Add a reviewer' });
  await user.type(within(form).getByRole('textbox', { name: 'Name' }), name);
  await user.type(within(form).getByRole('textbox', { name: 'Initials' }), name.slice(0, 2));
  await user.click(within(form).getByRole('button', { name: 'Add reviewer' }));
  expect(
    await screen.findByText(new RegExp(`^${name} \\(${name.slice(0, 2)}\\) · reviewer$`, 'i')),
  ).toBeInTheDocument();
}

async function drawFive(user: ReturnType<typeof userEvent.setup>) {
  const size = screen.getByRole('spinbutton', { name: 'Size (threads)' });
  await user.clear(size);
  await user.type(size, '5');
  await user.click(screen.getByRole('button', { name: 'Draw sample' }));
  expect(await screen.findByText(/^Drew “Sample 1”: 5 threads, seed \d+\.$/)).toBeInTheDocument();
}

test('the lead adds two reviewers and draws a sample; it is listed with a queue link per reviewer', async () => {
  const user = userEvent.setup();
  renderApp(<SamplesPage studyId={study.id} />, { db, path: paths.samples.to(study.id) });
  expect(await screen.findByText('No samples yet.')).toBeInTheDocument();
  await addReviewer(user, 'Alice');
  await addReviewer(user, 'Bob');

  await drawFive(user);

  const [stored] = await listSamples(db, study.id);
  expect(stored?.threadIds).toHaveLength(5);
  const queues = await screen.findByRole('navigation', { name: 'Who is working on Sample 1?' });
  const links = within(queues).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(['Alice (0/5)', 'Bob (0/5)']);
  expect(links[0]).toHaveAttribute('href', paths.label.to(study.id, stored!.sampleId, stored!.reviewerIds[0]!));
});

test('the reveal-LLM switch of a sample is stored', async () => {
  const user = userEvent.setup();
  renderApp(<SamplesPage studyId={study.id} />, { db, path: paths.samples.to(study.id) });
  await screen.findByText('No samples yet.');
  await addReviewer(user, 'Alice');
  await addReviewer(user, 'Bob');
  await drawFive(user);
  const reveal = await screen.findByRole('checkbox', { name: /Show reviewers the LLM's label/ });
  await user.click(reveal);
  expect(await screen.findByText('Saved')).toBeInTheDocument();
  const [stored] = await listSamples(db, study.id);
  expect(stored?.revealLlmAfterDone).toBe(true);
});
