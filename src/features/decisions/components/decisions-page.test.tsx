// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { freshDatabase } from '../../../../tests/support/database';
import { DECISIONS_SAMPLE_ID, seedDecisionsStudy } from '../../../../tests/support/decisions-study';
import { tabTo } from '../../../../tests/support/keyboard';
import { renderApp } from '../../../../tests/support/render-app';
import { paths } from '../../../lib/paths';
import type { ConcordDatabase } from '../../../db/database';
import { listAuditEvents, listDecisionsForSample, saveDecision } from '../../../db/repos/decisions';
import { asThreadId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';
import type { Study } from '../../../domain/study';
import { DecisionsPage } from './decisions-page';

const sampleId = DECISIONS_SAMPLE_ID;
const NOW = '2026-01-02T00:00:00Z';

let db: ConcordDatabase;
let study: Study;
let alice: Reviewer;
let dana: Reviewer;

beforeEach(async () => {
  db = freshDatabase();
  ({ study, alice, dana } = await seedDecisionsStudy(db));
});
afterEach(async () => { await db.delete(); });

const renderDecisions = (search = '') =>
  renderApp(<DecisionsPage studyId={study.id} sampleId={sampleId} />, { db, path: `${paths.decide.to(study.id, sampleId)}${search}` });

const queueIds = async (count: number) => {
  const list = await screen.findByRole('listbox', { name: `Queue (${count})` });
  return within(list).getAllByRole('option').map((o) => o.getAttribute('aria-label')!.split(':')[0]);
};

const decisionEvents = async () => (await listAuditEvents(db, study.id)).filter((e) => e.action.startsWith('decision.'));

test('the queue is worst first; a category key then Enter records a consensus decision and opens the next thread', async () => {
  const user = userEvent.setup();
  renderDecisions();
  await screen.findByRole('heading', { name: 'Disagreements of Pilot sample' });
  expect(await queueIds(3)).toEqual(['t3', 't5', 't2']);
  expect(screen.getByRole('combobox', { name: 'Recorded by' })).toHaveValue(dana.reviewerId);

  await screen.findByRole('heading', { name: 'Thread t3' });
  expect(await screen.findByText('Prompt of t3')).toBeInTheDocument();
  const votes = screen.getByRole('table', { name: 'Labels given' });
  expect(within(votes).getByRole('row', { name: /Alice Coding Note of t3/ })).toBeInTheDocument();
  expect(within(votes).getByRole('row', { name: /Bob Brainstorming Flagged/ })).toBeInTheDocument();
  expect(within(votes).getByRole('row', { name: 'LLM (gpt-4o) Text Manipulation' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: /Consensus/ })).toBeChecked();
  expect(screen.queryByRole('radio', { name: /Majority accepted/ })).toBeNull();

  await user.keyboard('3');
  expect(screen.getByRole('button', { name: /Brainstorming/ })).toHaveAttribute('aria-pressed', 'true');
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: 'Thread t5' });
  expect(await queueIds(2)).toEqual(['t5', 't2']);

  const [decision] = await listDecisionsForSample(db, study.id, sampleId);
  expect(decision).toMatchObject({ threadId: 't3', finalLabel: 'Brainstorming', method: 'consensus', decidedBy: dana.reviewerId, adjudicatorId: null });
  expect((await decisionEvents()).map((e) => [e.action, e.actor, e.to])).toEqual([['decision.made', dana.reviewerId, 'Brainstorming (consensus)']]);
});

test('adjudicated needs an adjudicator and a rationale: without them nothing is stored, with them it is', async () => {
  const user = userEvent.setup();
  renderDecisions(`?thread=t5`);
  await screen.findByRole('heading', { name: 'Thread t5' });
  await user.keyboard('8a');
  expect(screen.getByRole('radio', { name: /Adjudicated/ })).toBeChecked();
  const adjudicator = screen.getByRole('combobox', { name: 'Adjudicator' });
  expect(adjudicator).toHaveFocus();
  await user.keyboard('{Escape}{Enter}');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Name the reviewer who adjudicated.');
  expect(alert).toHaveTextContent('An adjudicated decision needs a rationale.');
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([]);
  expect(screen.getByRole('heading', { name: 'Thread t5' })).toBeInTheDocument();

  await user.selectOptions(adjudicator, 'Dana (lead): did not label this thread');
  await tabTo(user, screen.getByRole('textbox', { name: /Rationale/ }));
  await user.keyboard('Code in the prompt; Dana decided{Control>}{Enter}{/Control}');
  await screen.findByRole('heading', { name: 'Thread t2' });
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([expect.objectContaining({
    threadId: 't5', finalLabel: 'Coding', method: 'adjudicated', adjudicatorId: dana.reviewerId, rationale: 'Code in the prompt; Dana decided',
  })]);
  const [made] = await decisionEvents();
  expect(made).toMatchObject({ action: 'decision.made', why: 'Code in the prompt; Dana decided' });
});

test('with three reviewers who all labeled, one of them adjudicates: the list says who labeled, the decision records it', async () => {
  const user = userEvent.setup();
  renderDecisions(`?thread=t5`);
  await screen.findByRole('heading', { name: 'Thread t5' });
  await user.keyboard('8a');
  const adjudicator = screen.getByRole('combobox', { name: 'Adjudicator' });
  expect(within(adjudicator).getAllByRole('option').map((o) => o.textContent)).toEqual([
    'Choose the reviewer who adjudicated', 'Alice: labeled this thread', 'Bob: labeled this thread', 'Carol: labeled this thread',
    'Dana (lead): did not label this thread',
  ]);
  await user.selectOptions(adjudicator, 'Alice: labeled this thread');
  await tabTo(user, screen.getByRole('textbox', { name: /Rationale/ }));
  await user.keyboard('Alice read it again{Control>}{Enter}{/Control}');
  await screen.findByRole('heading', { name: 'Thread t2' });
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([expect.objectContaining({
    threadId: 't5', method: 'adjudicated', adjudicatorId: alice.reviewerId, adjudicatorRated: true,
  })]);
});

test('a majority thread defaults to the majority label; another key switches to consensus; typing in the rationale is not hijacked', async () => {
  const user = userEvent.setup();
  renderDecisions('?thread=t2');
  await screen.findByRole('heading', { name: 'Thread t2' });
  expect(screen.getByRole('radio', { name: 'Majority accepted' })).toBeChecked();
  expect(screen.getByRole('button', { name: /Coding/ })).toHaveAttribute('aria-pressed', 'true');
  await tabTo(user, screen.getByRole('textbox', { name: /Rationale/ }));
  await user.keyboard('3 j k');
  expect(screen.getByRole('textbox', { name: /Rationale/ })).toHaveValue('3 j k');
  expect(screen.getByRole('button', { name: /Coding/ })).toHaveAttribute('aria-pressed', 'true');
  await user.keyboard('{Escape}3');
  expect(screen.getByRole('radio', { name: /Consensus/ })).toBeChecked();
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: 'Thread t3' });
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([expect.objectContaining({
    threadId: 't2', finalLabel: 'Brainstorming', method: 'consensus', rationale: '3 j k',
  })]);
});

test('the LLM label and the form are hidden while a reviewer has not labeled the thread', async () => {
  const user = userEvent.setup();
  renderDecisions('?thread=t4');
  await screen.findByRole('heading', { name: 'Thread t4' });
  expect(screen.getByRole('row', { name: /Carol Not labeled yet/ })).toBeInTheDocument();
  expect(screen.queryByText(/gpt-4o/)).toBeNull();
  expect(within(screen.getByRole('table', { name: 'Labels given' })).queryByRole('rowheader', { name: /LLM/ })).toBeNull();
  expect(screen.getByRole('complementary', { name: 'Decision' })).toHaveTextContent('Not every reviewer has labeled this thread yet.Waiting for Carol.');
  expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
  await user.keyboard('8{Enter}');
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([]);
});

test('a decision is reopened with a reason: the thread returns to the queue and the audit log keeps it', async () => {
  await saveDecision(db, {
    studyId: study.id, sampleId, threadId: asThreadId('t3'), finalLabel: 'Coding', method: 'consensus',
    adjudicatorId: null, rationale: null, decidedBy: 'lead', decidedAt: NOW,
  });
  const user = userEvent.setup();
  renderDecisions('?thread=t3');
  expect(await screen.findByRole('group', { name: 'Current final label' })).toHaveTextContent(/Final: Coding \(Consensus \(discussed together\), by Lead,/);
  expect(await queueIds(2)).toEqual(['t5', 't2']);
  await tabTo(user, screen.getByRole('button', { name: 'Reopen' }));
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog', { name: 'Reopen the decision on t3' });
  await user.keyboard('Alice had a second look{Enter}');
  expect(dialog).not.toBeInTheDocument();
  expect(await queueIds(3)).toEqual(['t3', 't5', 't2']);
  expect(screen.queryByRole('group', { name: 'Current final label' })).toBeNull();
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([]);
  expect((await decisionEvents()).map((e) => [e.action, e.actor, e.from, e.why])).toEqual([
    ['decision.made', 'lead', null, null],
    ['decision.reopened', dana.reviewerId, 'Coding (consensus)', 'Alice had a second look'],
  ]);
});

test('a stored decision is changed by recording again (decision.changed)', async () => {
  await saveDecision(db, {
    studyId: study.id, sampleId, threadId: asThreadId('t3'), finalLabel: 'Coding', method: 'consensus',
    adjudicatorId: null, rationale: null, decidedBy: 'lead', decidedAt: NOW,
  });
  const user = userEvent.setup();
  renderDecisions('?thread=t3&decided=1');
  await screen.findByRole('heading', { name: 'Thread t3' });
  expect(screen.getByRole('button', { name: /Coding/ })).toHaveAttribute('aria-pressed', 'true');
  await user.keyboard('2{Enter}');
  await screen.findByRole('heading', { name: 'Thread t5' });
  expect((await decisionEvents()).map((e) => [e.action, e.from, e.to])).toEqual([
    ['decision.made', null, 'Coding (consensus)'],
    ['decision.changed', 'Coding (consensus)', 'Text Manipulation (consensus)'],
  ]);
});

test('Enter on a stored decision left unchanged moves on without logging a change', async () => {
  await saveDecision(db, {
    studyId: study.id, sampleId, threadId: asThreadId('t3'), finalLabel: 'Coding', method: 'consensus',
    adjudicatorId: null, rationale: null, decidedBy: 'lead', decidedAt: NOW,
  });
  const user = userEvent.setup();
  renderDecisions('?thread=t3&decided=1');
  await screen.findByRole('heading', { name: 'Thread t3' });
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: 'Thread t5' });
  expect((await decisionEvents()).map((e) => e.action)).toEqual(['decision.made']);
});

test('filters narrow the queue: by kind and by category involved, kept in the URL', async () => {
  const user = userEvent.setup();
  const { location } = renderDecisions('?kinds=incomplete,majority');
  expect(await queueIds(2)).toEqual(['t2', 't4']);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Category involved' }), 'Brainstorming');
  expect(await queueIds(1)).toEqual(['t2']);
  expect(location.history.at(-1)).toContain('category=Brainstorming');
  await tabTo(user, screen.getByRole('checkbox', { name: 'Disagreement' }));
  await user.keyboard(' ');
  expect(await queueIds(3)).toEqual(['t3', 't5', 't2']);
});

test('? lists the shortcuts read from the same declarations; Escape closes', async () => {
  const user = userEvent.setup();
  renderDecisions();
  await screen.findByRole('heading', { name: 'Thread t3' });
  await user.keyboard('?');
  const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
  expect(within(help).getByRole('row', { name: '8 Final label: Coding' })).toBeInTheDocument();
  expect(within(help).getByRole('row', { name: /^Enter Record the decision/ })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(help).not.toBeInTheDocument();
});

test('anonymized, the votes and the adjudicator list show Reviewer 1/2/3 instead of names', async () => {
  const user = userEvent.setup();
  renderDecisions();
  await screen.findByRole('heading', { name: 'Thread t3' });
  const votes = () => screen.getByRole('table', { name: 'Labels given' });
  expect(within(votes()).getByRole('rowheader', { name: 'Alice' })).toBeInTheDocument();
  await tabTo(user, screen.getByRole('checkbox', { name: 'Anonymize reviewers' }));
  await user.keyboard(' ');
  expect(within(votes()).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 3', 'LLM (gpt-4o)']);
  for (const name of ['Alice', 'Bob', 'Carol']) expect(within(votes()).queryByText(name)).toBeNull();
  await user.click(screen.getByRole('radio', { name: /^Adjudicated/ }));
  const adjudicator = screen.getByRole('combobox', { name: 'Adjudicator' });
  expect(within(adjudicator).getAllByRole('option').map((o) => o.textContent)).toEqual([
    'Choose the reviewer who adjudicated',
    'Reviewer 1: labeled this thread',
    'Reviewer 2: labeled this thread',
    'Reviewer 3: labeled this thread',
    'Reviewer 4 (lead): did not label this thread',
  ]);
});

test('with automatic acceptance off, a unanimous thread waits in the queue and Enter records it as unanimous', async () => {
  const user = userEvent.setup();
  renderDecisions();
  await screen.findByRole('heading', { name: 'Thread t3' });
  await tabTo(user, screen.getByRole('checkbox', { name: /Unanimous threads become final automatically/ }));
  await user.keyboard(' ');
  await screen.findByText('Saved');
  expect(await queueIds(4)).toEqual(['t3', 't5', 't2', 't1']);
  await user.keyboard('{Escape}jjj');
  await screen.findByRole('heading', { name: 'Thread t1' });
  expect(screen.getByRole('radio', { name: 'Unanimous' })).toBeChecked();
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: 'Thread t3' });
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([expect.objectContaining({ threadId: 't1', finalLabel: 'Coding', method: 'unanimous' })]);
});

test('once every complete thread is final, the view says so and counts the threads still waiting for reviewers', async () => {
  for (const [threadId, finalLabel] of [['t2', 'Coding'], ['t3', 'Coding'], ['t5', 'Coding']] as const) {
    await saveDecision(db, {
      studyId: study.id, sampleId, threadId: asThreadId(threadId), finalLabel, method: 'consensus',
      adjudicatorId: null, rationale: null, decidedBy: 'lead', decidedAt: NOW,
    });
  }
  renderDecisions();
  const done = (await screen.findByText('Every complete thread has a final label.')).closest('[role="status"]');
  expect(done).toHaveTextContent('Every complete thread has a final label.');
  expect(done).toHaveTextContent('1 thread is still waiting for reviewers.');
  expect(screen.getByText('The queue is empty.')).toBeInTheDocument();
});
