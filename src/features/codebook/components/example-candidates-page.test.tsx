// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { freshDatabase } from '../../../../tests/support/database';
import { createCandidatesStudy, type CandidatesStudy } from '../../../../tests/support/example-candidates';
import { tabTo } from '../../../../tests/support/keyboard';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { listCodebookVersions } from '../../../db/repos/codebooks';
import { listExampleCandidates } from '../../../db/repos/example-candidates';
import { listReviewerExamplePicks, setExamplePick } from '../../../db/repos/example-picks';
import type { Reviewer } from '../../../domain/reviewer';
import { ExampleCandidatesPage } from './example-candidates-page';
import { ExamplePicksPage } from './example-picks-page';

const NOW = '2026-01-02T00:00:00Z';
let db: ConcordDatabase;
let t: CandidatesStudy;
beforeEach(async () => {
  db = freshDatabase();
  t = await createCandidatesStudy(db);
});
afterEach(async () => {
  await db.delete();
});

const pick = async (reviewer: Reviewer, ...texts: string[]) => {
  const candidates = await listExampleCandidates(db, t.study.id);
  for (const text of texts) {
    const candidateId = candidates.find((c) => c.text === text)!.candidateId;
    await setExamplePick(db, {
      studyId: t.study.id,
      reviewerId: reviewer.reviewerId,
      candidateId,
      picked: true,
      now: NOW,
    });
  }
};

test('a candidates file with problems is refused naming the file and the row; a good one adds its candidates', async () => {
  const user = userEvent.setup();
  renderApp(<ExampleCandidatesPage studyId={t.study.id} />, { db });
  const input = await screen.findByLabelText(/^Candidates file/);
  await user.upload(
    input,
    new File(['category,text\nCoding,Fix my macro\nRecipes,Cook\n'], 'bad.csv', { type: 'text/csv' }),
  );
  const problems = await screen.findByRole('list', { name: 'Problems in the candidates file' });
  expect(problems).toHaveTextContent('bad.csv, row 3: the codebook has no category "Recipes".');
  expect(await listExampleCandidates(db, t.study.id)).toEqual([]);

  await user.upload(
    input,
    new File(['category,text\nCoding,Fix my macro\ncoding,"=SUM(A1)"\n'], 'good.csv', { type: 'text/csv' }),
  );
  await screen.findByText('Added 2 candidates.');
  const table = await screen.findByRole('table', { name: 'Picks for Coding' });
  expect(within(table).getByText('=SUM(A1)')).toBeInTheDocument();
  expect(screen.getByText('No reviewer has picked a candidate of Coding yet.')).toBeInTheDocument();
});

test('a reviewer picks by keyboard and sees only their own picks; a fourth pick is refused', async () => {
  await t.addFive();
  await pick(t.ben, 'Prompt E');
  const user = userEvent.setup();
  renderApp(<ExamplePicksPage studyId={t.study.id} reviewerId={t.ana.reviewerId} />, { db });
  const group = await screen.findByRole('group', { name: 'Coding (0 of 3 picked)' });
  expect(within(group).getByRole('checkbox', { name: 'Prompt E' })).not.toBeChecked();
  for (const name of ['Prompt A', 'Prompt B', 'Prompt C']) {
    const box = within(group).getByRole('checkbox', { name });
    await tabTo(user, box);
    await user.keyboard(' ');
    await screen.findByRole('group', {
      name: `Coding (${['Prompt A', 'Prompt B', 'Prompt C'].indexOf(name) + 1} of 3 picked)`,
    });
  }
  expect(within(group).getByRole('checkbox', { name: 'Prompt D' })).toBeDisabled();
  expect(await listReviewerExamplePicks(db, t.study.id, t.ana.reviewerId)).toHaveLength(3);
  await user.click(within(group).getByRole('checkbox', { name: 'Prompt A' }));
  await screen.findByRole('group', { name: 'Coding (2 of 3 picked)' });
  expect(within(group).getByRole('checkbox', { name: 'Prompt D' })).toBeEnabled();
});

test('the lead sees both picks side by side, agreement marked, and takes three into the next version', async () => {
  await db.codebooks.update([t.study.id, 1], { frozen: true });
  await t.addFive();
  await pick(t.ana, 'Prompt A', 'Prompt B', 'Prompt C');
  await pick(t.ben, 'Prompt A', 'Prompt C', 'Prompt D');
  const user = userEvent.setup();
  renderApp(<ExampleCandidatesPage studyId={t.study.id} />, { db });
  const table = await screen.findByRole('table', { name: 'Picks for Coding' });
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    );
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Take', 'Candidate', 'Ana', 'Ben', 'Agreement', 'Remove']);
  expect(rows).toEqual([
    ['Prompt A', 'picked', 'picked', '✓ agreed', 'Remove…'],
    ['Prompt C', 'picked', 'picked', '✓ agreed', 'Remove…'],
    ['Prompt B', 'picked', '—', '', 'Remove…'],
    ['Prompt D', '—', 'picked', '', 'Remove…'],
    ['Prompt E', '—', '—', '', 'Remove…'],
  ]);
  for (const name of ['Prompt A', 'Prompt C', 'Prompt D'])
    await user.click(within(table).getByRole('checkbox', { name: `Take “${name}”` }));
  await user.click(screen.getByRole('button', { name: 'Take 3 examples of Coding into version 2' }));
  await screen.findByText('Version 2 holds the new examples of Coding.');
  const versions = await listCodebookVersions(db, t.study.id);
  expect(versions[1]!.categories.find((c) => c.id === t.coding.id)!.examples).toEqual([
    'Prompt A',
    'Prompt C',
    'Prompt D',
  ]);
  const taken = (await db.auditEvents.where('studyId').equals(t.study.id).toArray()).find(
    (e) => e.action === 'codebook.examples-taken',
  );
  expect(taken).toMatchObject({ subject: 'v2 Coding', to: 'Prompt A | Prompt C | Prompt D' });
});

test('the lead removes a candidate and its picks after confirming; one taken into a version cannot be removed, and says why', async () => {
  await t.addFive();
  await pick(t.ana, 'Prompt A', 'Prompt B');
  await pick(t.ben, 'Prompt B');
  const user = userEvent.setup();
  renderApp(<ExampleCandidatesPage studyId={t.study.id} />, { db });
  const table = await screen.findByRole('table', { name: 'Picks for Coding' });
  await user.click(within(table).getByRole('button', { name: 'Remove “Prompt B”…' }));
  const question = within(table).getByRole('group', { name: 'Remove “Prompt B”?' });
  expect(question).toHaveFocus();
  expect(question).toHaveTextContent('Remove this candidate and 2 picks of it?');
  await user.click(within(question).getByRole('button', { name: 'Keep it' }));
  expect(await listExampleCandidates(db, t.study.id)).toHaveLength(5);

  await user.click(within(table).getByRole('button', { name: 'Remove “Prompt B”…' }));
  await tabTo(user, within(table).getByRole('button', { name: 'Remove' }));
  await user.keyboard('{Enter}');
  await waitFor(() => expect(within(table).queryByText('Prompt B')).toBeNull());
  expect((await listExampleCandidates(db, t.study.id)).map((c) => c.text)).not.toContain('Prompt B');
  expect((await listReviewerExamplePicks(db, t.study.id, t.ben.reviewerId)).map((p) => p.candidateId)).toEqual([]);
  const events = await db.auditEvents.where('studyId').equals(t.study.id).toArray();
  expect(events.find((e) => e.action === 'example-candidates.removed')).toMatchObject({
    from: 'Prompt B',
    why: 'picked by Ana and Ben',
  });

  await user.click(within(table).getByRole('checkbox', { name: 'Take “Prompt A”' }));
  await user.click(screen.getByRole('button', { name: 'Take 1 example of Coding into version 1' }));
  await screen.findByText('Version 1 holds the new examples of Coding.');
  const row = await within(table).findByRole('row', { name: /^Take “Prompt A”.*In version 1$/ });
  expect(within(row).queryByRole('button', { name: /^Remove/ })).toBeNull();
  expect(
    screen.getByText(/cannot be removed, since the audit log names it as the source of that example/),
  ).toBeInTheDocument();
  expect(within(table).getByRole('button', { name: 'Remove “Prompt C”…' })).toBeEnabled();
});
