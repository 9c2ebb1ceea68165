// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { Route } from 'wouter';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { paths } from '../../../lib/paths';
import type { ConcordDatabase } from '../../../db/database';
import { importThreads } from '../../../db/repos/import-threads';
import { listPendingAnnotationsForReviewer, listRatingsForSample } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { defaultCodebook } from '../../../domain/codebook/default-codebook';
import { asReviewerId, asSampleId, asStudyId, asThreadId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';
import type { Study } from '../../../domain/study';
import { LabelingPage } from './labeling-page';

const sampleId = asSampleId('s1');
const NOW = '2026-01-02T00:00:00Z';
const [first, second] = defaultCodebook().categories;
let db: ConcordDatabase;
let study: Study;
let ada: Reviewer;
let ben: Reviewer;

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  ada = await addReviewer(db, { studyId: study.id, name: 'Ada', initials: 'AD', role: 'reviewer', now: NOW });
  ben = await addReviewer(db, { studyId: study.id, name: 'Ben', initials: 'BE', role: 'reviewer', now: NOW });
  const ids = ['t1', 't2', 't3'];
  await importThreads(db, {
    studyId: study.id,
    llmModel: null,
    source: 'threads.csv',
    now: NOW,
    threads: ids.map((id, i) => ({
      threadId: asThreadId(id),
      turns: [`Prompt of ${id}`],
      userId: 'u',
      department: null,
      role: null,
      createdAt: null,
      llmLabel: null,
      sourceRow: i + 2,
    })),
  });
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ids.map(asThreadId),
    reviewerIds: [ada.reviewerId, ben.reviewerId],
    codebookVersion: 1,
    manifest: {},
  });
});
afterEach(async () => {
  await db.delete();
});

/** The labeling route, as the app has it: the same page stays mounted when the reviewer in the URL changes. */
function renderQueue(reviewer: Reviewer) {
  const view = renderApp(
    <Route path={paths.label.pattern}>
      {(p) => (
        <LabelingPage
          studyId={asStudyId(p.studyId)}
          sampleId={asSampleId(p.sampleId)}
          reviewerId={asReviewerId(p.reviewerId)}
        />
      )}
    </Route>,
    { db, path: paths.label.to(study.id, sampleId, reviewer.reviewerId) },
  );
  const switchTo = async (next: Reviewer) => {
    act(() => view.location.navigate(paths.label.to(study.id, sampleId, next.reviewerId)));
    await screen.findByText(next.name);
  };
  return { switchTo, location: view.location };
}
const atThread = (n: number) => screen.findByRole('heading', { name: new RegExp(`^Thread ${n} of 3`) });
const labelsOf = async (reviewer: Reviewer) =>
  (await listRatingsForSample(db, study.id, sampleId))
    .filter((r) => r.reviewerId === reviewer.reviewerId)
    .map((r) => [r.threadId, r.label]);

test("reviewers taking turns in one tab: u undoes only this reviewer's labels of this sitting, and says what it undid", async () => {
  const user = userEvent.setup();
  const { switchTo } = renderQueue(ben);
  await atThread(1);
  await user.keyboard('1');
  await atThread(2);
  await switchTo(ada);
  await atThread(1);
  await user.keyboard('1');
  await atThread(2);

  await switchTo(ben);
  await atThread(2);
  await user.keyboard('u');
  expect(await screen.findByRole('status')).toHaveTextContent('Nothing to undo in this sitting.');
  expect(await labelsOf(ben)).toEqual([['t1', first!.name]]);
  expect(await labelsOf(ada)).toEqual([['t1', first!.name]]);

  await user.keyboard('2');
  await atThread(3);
  await user.keyboard('u');
  await atThread(2);
  expect(screen.getByRole('status')).toHaveTextContent(
    `Undid ${second!.name} on thread 2; nothing more to undo in this sitting.`,
  );
  expect(await labelsOf(ben)).toEqual([['t1', first!.name]]);

  await switchTo(ada);
  await user.keyboard('u');
  expect(await screen.findByText('Nothing to undo in this sitting.')).toBeInTheDocument();
  expect(await labelsOf(ada)).toEqual([['t1', first!.name]]);
});

test('a note and a flag on a thread not yet labeled are stored apart, shown, and taken by the label', async () => {
  const user = userEvent.setup();
  renderQueue(ada);
  await atThread(1);
  await user.keyboard('f');
  await within(screen.getByLabelText('Your label')).findByText(/flagged/);
  await user.keyboard('n');
  await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Two intents');
  await user.keyboard('{Enter}');
  expect(await screen.findByLabelText('Your note')).toHaveTextContent('Two intents');
  expect(screen.getByLabelText('Your label')).toHaveTextContent('Not labeled yet · flagged');
  expect(await listRatingsForSample(db, study.id, sampleId)).toEqual([]);
  expect(await listPendingAnnotationsForReviewer(db, study.id, sampleId, ada.reviewerId)).toMatchObject([
    { note: 'Two intents', flagged: true },
  ]);

  await user.keyboard('1');
  await atThread(2);
  expect(await listRatingsForSample(db, study.id, sampleId)).toMatchObject([
    { threadId: 't1', label: first!.name, note: 'Two intents', flagged: true },
  ]);
  expect(await listPendingAnnotationsForReviewer(db, study.id, sampleId, ada.reviewerId)).toEqual([]);
  await user.keyboard('k');
  await atThread(1);
  expect(screen.getByLabelText('Your label')).toHaveTextContent(`Your label: ${first!.name} · flagged`);
  expect(screen.getByLabelText('Your note')).toHaveTextContent('Two intents');
});

test('Escape in the note box asks before throwing typed text away', async () => {
  const user = userEvent.setup();
  renderQueue(ada);
  await atThread(1);
  await user.keyboard('n');
  await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Half a thought');
  await user.keyboard('{Escape}');
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Discard what you typed? Escape again discards it; Enter saves it.',
  );
  expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Half a thought');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(await listPendingAnnotationsForReviewer(db, study.id, sampleId, ada.reviewerId)).toEqual([]);

  await user.keyboard('n');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('a label and the move to the next thread are one commit: the next thread never shows with the old count', async () => {
  const user = userEvent.setup();
  renderQueue(ada);
  await atThread(1);
  // Each commit's DOM, as the frame after it would paint it (a MutationObserver runs between commits).
  const painted: string[] = [];
  const observer = new MutationObserver(() => {
    const heading = screen.queryByRole('heading', { name: /^Thread \d of 3/ })?.textContent?.slice(0, 8);
    painted.push(`${heading} · ${screen.getByRole('progressbar').getAttribute('aria-valuenow')} labeled`);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  await user.keyboard('1');
  await atThread(2);
  await screen.findByRole('progressbar', { name: '1 of 3 labeled' });
  observer.disconnect();
  expect(painted).not.toContain('Thread 2 · 0 labeled');
  expect(painted).toContain('Thread 2 · 1 labeled');
});

test('the next thread is shown before the address names it, the address follows after that frame, and an address changed elsewhere wins', async () => {
  const user = userEvent.setup();
  const { location } = renderQueue(ada);
  await atThread(1);
  const address = () => location.history.at(-1) ?? '';
  // The address when the next thread first reaches the DOM: replaceState is kept off the keypress path.
  let whenShown: string | null = null;
  const observer = new MutationObserver(() => {
    if (whenShown === null && screen.queryByRole('heading', { name: /^Thread 2 of 3/ })) whenShown = address();
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  await user.keyboard('1');
  await atThread(2);
  observer.disconnect();
  expect(whenShown).not.toBe(null);
  expect(whenShown).not.toMatch(/t=t2/);
  await waitFor(() => expect(address()).toMatch(/\?t=t2$/));
  act(() => location.navigate(`${paths.label.to(study.id, sampleId, ada.reviewerId)}?t=t3`));
  await atThread(3);
  expect(screen.getByRole('heading', { name: /^Thread 3 of 3/ })).toHaveTextContent('t3');
});
