// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
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
import { listLlmRuns, updateLlmRunDetails } from '../../../db/repos/llm-labels';
import { asThreadId } from '../../../domain/ids';

beforeEach(seedDecisionsStudy);
afterEach(deleteDecisionsStudy);

test('a stored decision is changed by recording again (decision.changed)', async () => {
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

test('anonymized, the votes, the adjudicator list and the Recorded by list show Reviewer 1/2/3 instead of names', async () => {
  const user = userEvent.setup();
  renderDecisions();
  await screen.findByRole('heading', { name: 'Thread t3' });
  const votes = () => screen.getByRole('table', { name: 'Labels given' });
  expect(within(votes()).getByRole('rowheader', { name: 'Alice' })).toBeInTheDocument();
  await tabTo(user, screen.getByRole('checkbox', { name: 'Anonymize reviewers' }));
  await user.keyboard(' ');
  expect(
    within(votes())
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 3', 'LLM: gpt-4o']);
  for (const name of ['Alice', 'Bob', 'Carol']) expect(within(votes()).queryByText(name)).toBeNull();
  await user.click(screen.getByRole('radio', { name: /^Adjudicated/ }));
  const adjudicator = screen.getByRole('combobox', { name: 'Adjudicator' });
  expect(
    within(adjudicator)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual([
    'Choose the reviewer who adjudicated',
    'Reviewer 1: labeled this thread',
    'Reviewer 2: labeled this thread',
    'Reviewer 3: labeled this thread',
    'Reviewer 4 (lead): did not label this thread',
  ]);
  const recordedBy = screen.getByRole('combobox', { name: 'Recorded by' });
  expect(
    within(recordedBy)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 3', 'Reviewer 4 (lead)', 'Lead']);
});

test("the LLM's row names its run by the name the lead gave it, with the model", async () => {
  const [run] = await listLlmRuns(db, study.id);
  await updateLlmRunDetails(
    db,
    study.id,
    run!.runId,
    { name: 'Prompt v2', model: 'gpt-4o', note: '', ranAt: '2026-11-30' },
    NOW,
  );
  renderDecisions();
  await screen.findByRole('heading', { name: 'Thread t3' });
  const votes = screen.getByRole('table', { name: 'Labels given' });
  expect(within(votes).getByRole('rowheader', { name: 'LLM: Prompt v2 (gpt-4o), 2026-11-30' })).toBeInTheDocument();
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
  expect(await listDecisionsForSample(db, study.id, sampleId)).toEqual([
    expect.objectContaining({ threadId: 't1', finalLabel: 'Coding', method: 'unanimous' }),
  ]);
});

test('once every complete thread is final, the view says so and counts the threads still waiting for reviewers', async () => {
  for (const [threadId, finalLabel] of [
    ['t2', 'Coding'],
    ['t3', 'Coding'],
    ['t5', 'Coding'],
  ] as const) {
    await saveDecision(db, {
      studyId: study.id,
      sampleId,
      threadId: asThreadId(threadId),
      finalLabel,
      method: 'consensus',
      adjudicatorId: null,
      rationale: null,
      decidedBy: 'lead',
      decidedAt: NOW,
    });
  }
  renderDecisions();
  const done = (await screen.findByText('Every complete thread has a final label.')).closest('[role="status"]');
  expect(done).toHaveTextContent('Every complete thread has a final label.');
  expect(done).toHaveTextContent('1 thread is still waiting for reviewers.');
  expect(screen.getByText('The queue is empty.')).toBeInTheDocument();
});
