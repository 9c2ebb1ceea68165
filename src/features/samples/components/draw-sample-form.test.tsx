// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { paths } from '../../../lib/paths';
import type { ConcordDatabase } from '../../../db/database';
import { importThreads } from '../../../db/repos/import-threads';
import { addReviewer } from '../../../db/repos/reviewers';
import { listSamples } from '../../../db/repos/samples';
import { asThreadId } from '../../../domain/ids';
import type { SampleManifest } from '../../../domain/sampling/sample-manifest';
import type { Study } from '../../../domain/study';
import { SamplesPage } from './samples-page';

const NOW = '2026-01-02T00:00:00Z';
let db: ConcordDatabase;
let study: Study;

async function setUp(userIds: boolean) {
  study = await createPilotStudy(db);
  for (const name of ['Alice', 'Bob', 'Carol'])
    await addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role: 'reviewer', now: NOW });
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 'threads.csv',
    now: NOW,
    threads: Array.from({ length: 6 }, (_, i) => ({
      threadId: asThreadId(`t${i}`),
      turns: [`Prompt ${i}`],
      userId: userIds ? 'u1' : null,
      department: i < 2 ? 'IT' : 'Oncology',
      role: null,
      createdAt: null,
      llmLabel: 'Coding',
      sourceRow: i + 2,
    })),
  });
}

beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const renderSamples = () => renderApp(<SamplesPage studyId={study.id} />, { db, path: paths.samples.to(study.id) });
const count = () => screen.getByRole('status', { name: 'Threads the filters leave' });
const problems = () => screen.getByRole('list', { name: 'Sample settings problems' });

test('without user ids "Frequent users only" is off and says why; the count is live and names the filter that leaves too few', async () => {
  await setUp(false);
  const user = userEvent.setup();
  renderSamples();
  const form = await screen.findByRole('form', { name: 'Draw a sample' });
  const frequent = within(form).getByRole('checkbox', { name: 'Frequent users only' });
  expect(frequent).not.toBeChecked();
  expect(frequent).toBeDisabled();
  expect(frequent).toHaveAccessibleDescription(
    'This study has no user ids, so no thread can be told to come from a frequent user.',
  );
  await waitFor(() => expect(count()).toHaveTextContent('6 threads of 6 can be drawn with these filters.'));
  expect(problems()).toHaveTextContent('The study has only 6 threads, fewer than the sample size of 100.');
  expect(within(form).getByRole('button', { name: 'Draw sample' })).toBeDisabled();

  const size = within(form).getByRole('spinbutton', { name: 'Size (threads)' });
  await user.clear(size);
  await user.type(size, '3');
  await user.selectOptions(within(form).getByRole('listbox', { name: /Departments/ }), 'IT');
  expect(count()).toHaveTextContent('2 threads of 6 can be drawn with these filters.');
  expect(problems()).toHaveTextContent('The department filter leaves 2 threads, fewer than the sample size of 3.');
  expect(screen.queryByText(/drawSample|filterPopulation/)).toBeNull();
});

test('with user ids frequent users are on; a 2-of-3 draw stores who labels each thread, balanced, in the sample and its manifest', async () => {
  await setUp(true);
  const user = userEvent.setup();
  renderSamples();
  const form = await screen.findByRole('form', { name: 'Draw a sample' });
  expect(within(form).getByRole('checkbox', { name: 'Frequent users only' })).toBeChecked();
  await waitFor(() => expect(count()).toHaveTextContent('6 threads of 6 can be drawn'));
  const size = within(form).getByRole('spinbutton', { name: 'Size (threads)' });
  await user.clear(size);
  await user.type(size, '6');
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'Who labels each thread' }),
    'Each thread by 2 of the 3 reviewers (balanced, seeded)',
  );
  await user.click(within(form).getByRole('button', { name: 'Draw sample' }));
  await screen.findByText(/Drew “Sample 1”: 6 threads/);

  const [sample] = await listSamples(db, study.id);
  const assigned = sample!.threadIds.map((id) => sample!.assignment![id]!);
  expect(assigned.every((r) => r.length === 2)).toBe(true);
  for (const reviewerId of sample!.reviewerIds) expect(assigned.filter((r) => r.includes(reviewerId))).toHaveLength(4);
  const manifest = sample!.manifest as SampleManifest;
  expect(manifest.assignment).toMatchObject({ algorithm: 'concord-k-of-n-v1', reviewersPerThread: 2 });
  expect(manifest.assignment!.threads.map((t) => [t.threadId, [...t.reviewerIds].sort()])).toEqual(
    sample!.threadIds.map((id) => [id, [...sample!.assignment![id]!].sort()]),
  );
});
