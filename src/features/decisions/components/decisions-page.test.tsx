// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  alice,
  dana,
  db,
  decisionEvents,
  deleteDecisionsStudy,
  NOW,
  queueIds,
  renderDecisions,
  sampleId,
  seedDecisionsStudy,
  study,
} from '../../../../tests/support/decisions-study';
import { tabTo } from '../../../../tests/support/keyboard';
import { listDecisionsForSample, saveDecision } from '../../../db/repos/decisions';
import { asThreadId } from '../../../domain/ids';

beforeEach(seedDecisionsStudy);
afterEach(deleteDecisionsStudy);

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
  expect(within(votes).getByRole('row', { name: 'LLM: gpt-4o Text Manipulation' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: /Consensus/ })).toBeChecked();
  expect(screen.queryByRole('radio', { name: /Majority accepted/ })).toBeNull();

  await user.keyboard('3');
  expect(screen.getByRole('button', { name: /Brainstorming/ })).toHaveAttribute('aria-pressed', 'true');
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: 'Thread t5' });
  expect(await queueIds(2)).toEqual(['t5', 't2']);

  const [decision] = await listDecisionsForSample(db, study.id, sampleId);
  expect(decision).toMatchObject({
    threadId: 't3',
    finalLabel: 'Brainstorming',
    method: 'consensus',
    decidedBy: dana.reviewerId,
    adjudicatorId: null,
  });
  expect((await decisionEvents()).map((e) => [e.action, e.actor, e.to])).toEqual([
    ['decision.made', dana.reviewerId, 'Brainstorming (consensus)'],
  ]);
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
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([
    expect.objectContaining({
      threadId: 't5',
      finalLabel: 'Coding',
      method: 'adjudicated',
      adjudicatorId: dana.reviewerId,
      rationale: 'Code in the prompt; Dana decided',
    }),
  ]);
  const [made] = await decisionEvents();
  expect(made).toMatchObject({ action: 'decision.made', why: 'Code in the prompt; Dana decided' });
});

test('with three reviewers who all labeled, one of them adjudicates: the list says who labeled, the decision records it', async () => {
  const user = userEvent.setup();
  renderDecisions(`?thread=t5`);
  await screen.findByRole('heading', { name: 'Thread t5' });
  await user.keyboard('8a');
  const adjudicator = screen.getByRole('combobox', { name: 'Adjudicator' });
  expect(
    within(adjudicator)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual([
    'Choose the reviewer who adjudicated',
    'Alice: labeled this thread',
    'Bob: labeled this thread',
    'Carol: labeled this thread',
    'Dana (lead): did not label this thread',
  ]);
  await user.selectOptions(adjudicator, 'Alice: labeled this thread');
  await tabTo(user, screen.getByRole('textbox', { name: /Rationale/ }));
  await user.keyboard('Alice read it again{Control>}{Enter}{/Control}');
  await screen.findByRole('heading', { name: 'Thread t2' });
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([
    expect.objectContaining({
      threadId: 't5',
      method: 'adjudicated',
      adjudicatorId: alice.reviewerId,
      adjudicatorRated: true,
    }),
  ]);
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
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([
    expect.objectContaining({
      threadId: 't2',
      finalLabel: 'Brainstorming',
      method: 'consensus',
      rationale: '3 j k',
    }),
  ]);
});

test('the LLM label and the form are hidden while a reviewer has not labeled the thread', async () => {
  const user = userEvent.setup();
  renderDecisions('?thread=t4');
  await screen.findByRole('heading', { name: 'Thread t4' });
  expect(screen.getByRole('row', { name: /Carol Not labeled yet/ })).toBeInTheDocument();
  expect(screen.queryByText(/gpt-4o/)).toBeNull();
  expect(
    within(screen.getByRole('table', { name: 'Labels given' })).queryByRole('rowheader', { name: /LLM/ }),
  ).toBeNull();
  expect(screen.getByRole('complementary', { name: 'Decision' })).toHaveTextContent(
    'Not every reviewer has labeled this thread yet.Waiting for Carol.',
  );
  expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
  await user.keyboard('8{Enter}');
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([]);
});

test('a decision is reopened with a reason: the thread returns to the queue and the audit log keeps it', async () => {
  await saveDecision(db, {
    studyId: study.id,
    sampleId,
    threadId: asThreadId('t3'),
    finalLabel: 'Coding',
    method: 'consensus',
    adjudicatorId: null,
    rationale: null,
    decidedBy: 'lead',
    decidedAt: NOW,
  });
  const user = userEvent.setup();
  renderDecisions('?thread=t3');
  expect(await screen.findByRole('group', { name: 'Current final label' })).toHaveTextContent(
    /Final: Coding \(Consensus \(discussed together\), by Lead,/,
  );
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
