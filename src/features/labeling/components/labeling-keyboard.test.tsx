// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase, importTestThreads } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { listRatingsForReviewer } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { asSampleId, asThreadId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';
import type { Study } from '../../../domain/study';
import { paths } from '../../../lib/paths';
import { LabelingPage } from './labeling-page';

const sampleId = asSampleId('s1');
const NOW = '2026-01-02T00:00:00Z';
const ids = ['t1', 't2', 't3'].map(asThreadId);

let db: ConcordDatabase;
let study: Study;
let reviewer: Reviewer;

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  const add = (name: string) =>
    addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role: 'reviewer', now: NOW });
  reviewer = await add('Alice');
  const bob = await add('Bob');
  await importTestThreads(db, study.id, ids);
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ids,
    reviewerIds: [reviewer.reviewerId, bob.reviewerId],
    codebookVersion: 1,
    manifest: {},
  });
});
afterEach(async () => {
  await db.delete();
});

const renderLabeling = () =>
  renderApp(<LabelingPage studyId={study.id} sampleId={sampleId} reviewerId={reviewer.reviewerId} />, {
    db,
    path: paths.label.to(study.id, sampleId, reviewer.reviewerId),
  });
const heading = () => screen.findByRole('heading', { level: 2, name: /^Thread \d of 3/ });
const stored = async () =>
  (await listRatingsForReviewer(db, study.id, sampleId, reviewer.reviewerId)).map((r) => [r.threadId, r.label, r.note]);

test('a category key stores the label, then the next thread opens; the LLM label stays hidden', async () => {
  const user = userEvent.setup();
  renderLabeling();
  expect(await heading()).toHaveTextContent('Thread 1 of 3 t1');
  await user.keyboard('8');
  expect(await screen.findByRole('heading', { level: 2, name: 'Thread 2 of 3 t2' })).toBeInTheDocument();
  expect(await stored()).toEqual([['t1', 'Coding', null]]);
  expect(screen.queryByLabelText("The LLM's label")).not.toBeInTheDocument();
  await user.keyboard('k');
  expect(await screen.findByLabelText('Your label')).toHaveTextContent('Your label: Coding');
});

test('a note is written by keyboard on a labeled thread; Escape in its field asks, a second Escape cancels it', async () => {
  const user = userEvent.setup();
  renderLabeling();
  await heading();
  await user.keyboard('1');
  await screen.findByRole('heading', { level: 2, name: 'Thread 2 of 3 t2' });
  await user.keyboard('kn');
  const dialog = await screen.findByRole('dialog');
  await user.keyboard('Not sure 8{Escape}');
  expect(within(dialog).getByRole('alert')).toHaveTextContent('Discard what you typed?');
  await user.keyboard('{Escape}');
  expect(dialog).not.toBeInTheDocument();
  await user.keyboard('n');
  await user.keyboard('Two intents{Enter}');
  expect(await screen.findByLabelText('Your note')).toHaveTextContent('Note: Two intents');
  expect(await stored()).toEqual([['t1', 'Email & Document Writing', 'Two intents']]);
  await user.keyboard('j');
  expect(await screen.findByRole('heading', { level: 2, name: 'Thread 2 of 3 t2' })).toBeInTheDocument();
});

test('? lists the shortcuts and Escape closes the list', async () => {
  const user = userEvent.setup();
  renderLabeling();
  await heading();
  await user.keyboard('?');
  expect(await screen.findByRole('dialog', { name: /shortcut/i })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});
