// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { importTestThreads } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { listCodebookVersions } from '../../../db/repos/codebooks';
import { importLlmLabels } from '../../../db/repos/llm-labels';
import { saveRating } from '../../../db/repos/ratings';
import { asReviewerId, asSampleId, asThreadId } from '../../../domain/ids';
import { CodebookPage } from './codebook-page';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

const rate = (threadId: string, reviewer: string, suggestion: string) =>
  saveRating(db, {
    studyId: study.id,
    sampleId: asSampleId('s'),
    reviewerId: asReviewerId(reviewer),
    threadId: asThreadId(threadId),
    label: 'Other',
    codebookVersion: 1,
    otherSuggestion: suggestion,
    note: null,
    flagged: false,
    durationMs: 1,
    updatedAt: '2026-01-02T00:00:00Z',
  });

test('a draft is edited in place', async () => {
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('button', { name: 'Coding' }));
  const definition = await screen.findByRole('textbox', { name: 'Definition of Coding' });
  await user.clear(definition);
  await user.type(definition, 'Code.');
  await user.click(screen.getByRole('button', { name: 'Save version 1' }));
  await screen.findByText('Saved as version 1.');
  const [v1] = await listCodebookVersions(db, study.id);
  expect(v1).toMatchObject({ version: 1, frozen: false });
  expect(v1!.categories.find((c) => c.name === 'Coding')?.definition).toBe('Code.');
});

test('a version used to label is frozen: an edit becomes version 2; a key clash blocks saving', async () => {
  await rate('t1', 'r1', 'Badge printing');
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('button', { name: 'Coding' }));
  const key = await screen.findByRole('textbox', { name: 'Key of Coding' });
  await user.clear(key);
  await user.type(key, '1');
  expect(await screen.findByRole('list', { name: 'Codebook problems' })).toHaveTextContent(/"1"/);
  expect(screen.getByRole('button', { name: 'Save as version 2' })).toBeDisabled();
  await user.clear(key);
  await user.type(key, 'x');
  await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
  await screen.findByRole('heading', { name: /^Version 2 \(draft\)/ });
  expect((await listCodebookVersions(db, study.id)).map((v) => [v.version, v.frozen])).toEqual([
    [1, true],
    [2, false],
  ]);
});

test('Other suggestions are grouped and one becomes a category of a new version', async () => {
  await rate('t1', 'r1', 'Badge printing');
  await rate('t2', 'r2', ' badge  printing.');
  await rate('t3', 'r2', 'Parking');
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  const list = await screen.findByRole('list', { name: 'Other suggestions' });
  const items = within(list).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent('Badge printing · 2 reviewers: 2 threads');
  await user.click(within(items[0]!).getByRole('button', { name: 'Make it a category of the draft' }));
  await screen.findByRole('heading', { name: /^Version 2 \(draft\)/ });
  const versions = await listCodebookVersions(db, study.id);
  expect(versions.map((v) => [v.version, v.frozen])).toEqual([
    [1, true],
    [2, false],
  ]);
  expect(versions[1]!.categories.map((c) => c.name)).toContain('Badge printing');
  const compare = await screen.findByRole('table', { name: 'Changes from v1 to v2' });
  expect(within(compare).getByRole('row', { name: /Badge printing/ })).toHaveTextContent('added');
});

test("the LLM's Other names join the reviewers' suggestions, each group marked by source", async () => {
  await importTestThreads(db, study.id, ['t1', 't2', 't3']);
  await rate('t1', 'r1', 'Badge printing');
  await importLlmLabels(db, {
    studyId: study.id,
    model: 'gpt-x',
    source: 'labels.csv',
    now: '2026-01-03T00:00:00Z',
    labels: [
      { threadId: asThreadId('t1'), label: 'Other', otherName: 'Badge printing' },
      { threadId: asThreadId('t2'), label: 'Other', otherName: 'Badge  Printing.' },
      { threadId: asThreadId('t3'), label: 'Other', otherName: 'Parking' },
    ],
  });
  renderApp(<CodebookPage studyId={study.id} />, { db });
  const items = within(await screen.findByRole('list', { name: 'Other suggestions' })).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    expect.stringContaining('Badge printing · 1 reviewer: 1 thread; LLM run gpt-x: 2 threads'),
    expect.stringContaining('Parking · LLM run gpt-x: 1 thread'),
  ]);
});

test('a compact table of every category, one open for editing; Remove asks first', async () => {
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  const table = await screen.findByRole('table', { name: 'Categories' });
  const names = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('button').textContent);
  expect(names).toHaveLength(11);
  expect(names).toContain('Coding');
  expect(names.at(-1)).toBe('Other');
  // Only the open category has fields.
  expect(screen.getAllByRole('textbox', { name: /^Definition of / })).toHaveLength(1);
  await user.click(within(table).getByRole('button', { name: 'Coding' }));
  expect(within(table).getByRole('button', { name: 'Coding' })).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getAllByRole('textbox', { name: /^Definition of / }).map((t) => t.getAttribute('aria-label'))).toEqual([
    'Definition of Coding',
  ]);

  await user.click(screen.getByRole('button', { name: 'Remove Coding…' }));
  const confirm = screen.getByRole('group', { name: 'Remove Coding?' });
  await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
  expect(within(table).getByRole('button', { name: 'Coding' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Remove Coding…' }));
  await user.click(
    within(screen.getByRole('group', { name: 'Remove Coding?' })).getByRole('button', { name: 'Remove' }),
  );
  expect(within(table).queryByRole('button', { name: 'Coding' })).toBeNull();
  const bar = screen.getByRole('region', { name: 'Save the codebook' });
  expect(bar).toHaveTextContent('Unsaved changes.');
  await user.click(within(bar).getByRole('button', { name: 'Save version 1' }));
  await within(bar).findByText('Saved as version 1.');
  const [v1] = await listCodebookVersions(db, study.id);
  expect(v1!.categories.map((c) => c.name)).not.toContain('Coding');
});

test('Other is never removable', async () => {
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('button', { name: 'Other' }));
  await screen.findByRole('textbox', { name: 'Definition of Other' });
  expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
});
