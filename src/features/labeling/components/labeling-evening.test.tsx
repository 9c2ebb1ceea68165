// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { Route } from 'wouter';
import { createPilotStudy, freshDatabase, importTestThreads } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { paths } from '../../../lib/paths';
import type { ConcordDatabase } from '../../../db/database';
import { annotateThread, saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { defaultCodebook } from '../../../domain/codebook/default-codebook';
import { asReviewerId, asSampleId, asStudyId, asThreadId, type ThreadId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';
import type { Study } from '../../../domain/study';
import { LabelingPage } from './labeling-page';

// Issue #12: the keys of a whole evening's labeling, and the end of the queue.
const sampleId = asSampleId('s1');
const NOW = '2026-01-02T00:00:00Z';
const ids = ['t1', 't2', 't3', 't4'].map(asThreadId);
const [coding] = defaultCodebook().categories;
let db: ConcordDatabase;
let study: Study;
let ada: Reviewer;

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  ada = await addReviewer(db, { studyId: study.id, name: 'Ada', initials: 'AD', role: 'reviewer', now: NOW });
  const ben = await addReviewer(db, { studyId: study.id, name: 'Ben', initials: 'BE', role: 'reviewer', now: NOW });
  await importTestThreads(db, study.id, ids);
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ids,
    reviewerIds: [ada.reviewerId, ben.reviewerId],
    codebookVersion: 1,
    manifest: {},
  });
});
afterEach(async () => {
  await db.delete();
});

const label = (threadId: ThreadId, durationMs: number, flagged = false) =>
  saveRating(db, {
    studyId: study.id,
    sampleId,
    reviewerId: ada.reviewerId,
    threadId,
    label: coding!.name,
    codebookVersion: 1,
    otherSuggestion: null,
    note: null,
    flagged,
    durationMs,
    updatedAt: NOW,
  });

function renderQueue(sendLabelsBack?: () => void, query = '') {
  renderApp(
    <Route path={paths.label.pattern}>
      {(p) => (
        <LabelingPage
          studyId={asStudyId(p.studyId)}
          sampleId={asSampleId(p.sampleId)}
          reviewerId={asReviewerId(p.reviewerId)}
          sendLabelsBack={sendLabelsBack}
        />
      )}
    </Route>,
    { db, path: `${paths.label.to(study.id, sampleId, ada.reviewerId)}${query}` },
  );
}
// The first read of a test file can take over a second on a loaded machine.
const atThread = (n: number) =>
  screen.findByRole('heading', { name: new RegExp(`^Thread ${n} of 4`) }, { timeout: 5_000 });

test('j on the last thread shows the end of the queue, not the first thread, and offers the first one not labeled', async () => {
  const user = userEvent.setup();
  await label(ids[0]!, 20_000);
  renderQueue(undefined, '?t=t4');
  await atThread(4);
  await user.keyboard('j');
  expect(await screen.findByText('End of your queue: 1 of 4 threads labeled.')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /^Thread \d of 4/ })).not.toBeInTheDocument();
  await user.keyboard('j');
  expect(screen.getByText('End of your queue: 1 of 4 threads labeled.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Send labels back' })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to the samples' })).toHaveAttribute('href', paths.samples.to(study.id));
  await user.click(screen.getByRole('button', { name: 'Go to thread 2, the first not labeled' }));
  await atThread(2);
});

test('the end of a finished queue offers "Send labels back" only when that action is given', async () => {
  const user = userEvent.setup();
  for (const id of ids) await label(id, 20_000);
  let sent = 0;
  renderQueue(() => {
    sent += 1;
  });
  expect(await screen.findByText('All 4 threads of this sample are labeled. Thank you.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Send labels back' }));
  expect(sent).toBe(1);
});

test('g then a number opens that thread; a number outside the queue is refused with the range', async () => {
  const user = userEvent.setup();
  renderQueue();
  await atThread(1);
  await user.keyboard('g');
  await user.type(screen.getByRole('textbox', { name: 'Thread number (1 to 4)' }), '3{Enter}');
  await atThread(3);
  await user.keyboard('g');
  await user.type(screen.getByRole('textbox', { name: 'Thread number (1 to 4)' }), '9{Enter}');
  expect(await screen.findByRole('status')).toHaveTextContent(
    'There is no thread “9” in your queue: its threads are numbered 1 to 4.',
  );
  expect(screen.getByRole('heading', { name: /^Thread 3 of 4/ })).toBeInTheDocument();
});

test('l lists my flagged and labeled threads, flagged first, and opens the one picked by keyboard', async () => {
  const user = userEvent.setup();
  await label(ids[0]!, 20_000);
  await label(ids[2]!, 20_000, true);
  await annotateThread(
    db,
    { studyId: study.id, sampleId, reviewerId: ada.reviewerId, threadId: ids[3]! },
    { flagged: true },
    NOW,
  );
  renderQueue();
  await atThread(2);
  await user.keyboard('l');
  const dialog = await screen.findByRole('dialog', { name: 'Your threads to revisit' });
  const flagged = within(within(dialog).getByRole('region', { name: 'Flagged' })).getAllByRole('button');
  expect(flagged.map((b) => b.textContent)).toEqual([
    `Thread 3 t3 · ${coding!.name} · flagged`,
    'Thread 4 t4 · not labeled yet · flagged',
  ]);
  expect(
    within(within(dialog).getByRole('region', { name: 'Labeled' }))
      .getAllByRole('button')
      .map((b) => b.textContent),
  ).toEqual([`Thread 1 t1 · ${coding!.name}`]);
  expect(flagged[0]).toHaveFocus();
  await user.keyboard('{Tab}{Enter}');
  await atThread(4);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test("the time left is the reviewer's median time per thread times the threads left", async () => {
  await label(ids[0]!, 60_000);
  await label(ids[1]!, 120_000);
  await label(ids[2]!, 3_600_000);
  renderQueue();
  await atThread(4);
  expect(screen.getByText('about 2 min left at your pace')).toBeInTheDocument();
});

test('the help lists the reading, go-to and revisit keys from the same declarations the keys run', async () => {
  const user = userEvent.setup();
  renderQueue();
  await atThread(1);
  await user.keyboard('?');
  const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [keys, what] of [
    ['Space or PageDown', /scroll the thread down/],
    ['Shift+Space or PageUp', /back up/],
    ['Home', /start of the thread/],
    ['End', /end of the thread/],
    ['g', /Go to a thread/],
    ['l', /labeled and flagged/],
  ] as const) {
    expect(within(help).getByRole('rowheader', { name: keys }).closest('tr')).toHaveTextContent(what);
  }
});
