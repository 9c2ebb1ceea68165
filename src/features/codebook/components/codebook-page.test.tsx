// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { listCodebookVersions } from '../../../db/repos/codebooks';
import { saveRating } from '../../../db/repos/ratings';
import { asReviewerId, asSampleId, asThreadId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { CodebookPage } from './codebook-page';

let db: ConcordDatabase;
let study: Study;
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
});
afterEach(async () => { await db.delete(); });

const rate = (threadId: string, reviewer: string, suggestion: string) => saveRating(db, {
  studyId: study.id, sampleId: asSampleId('s'), reviewerId: asReviewerId(reviewer), threadId: asThreadId(threadId), label: 'Other',
  codebookVersion: 1, otherSuggestion: suggestion, note: null, flagged: false, durationMs: 1, updatedAt: '2026-01-02T00:00:00Z',
});

test('a draft is edited in place', async () => {
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  const definition = await screen.findByRole('textbox', { name: 'Definition of Coding' });
  await user.clear(definition);
  await user.type(definition, 'Writing or fixing code.');
  await user.click(screen.getByRole('button', { name: 'Save version 1' }));
  await screen.findByText('Saved as version 1.');
  const [v1] = await listCodebookVersions(db, study.id);
  expect(v1).toMatchObject({ version: 1, frozen: false });
  expect(v1!.categories.find((c) => c.name === 'Coding')?.definition).toBe('Writing or fixing code.');
});

test('a version used to label is frozen: an edit becomes version 2; a key clash blocks saving', async () => {
  await rate('t1', 'r1', 'Badge printing');
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  const key = await screen.findByRole('textbox', { name: 'Key of Coding' });
  await user.clear(key);
  await user.type(key, '1');
  expect(await screen.findByRole('list', { name: 'Codebook problems' })).toHaveTextContent(/"1"/);
  expect(screen.getByRole('button', { name: 'Save as version 2' })).toBeDisabled();
  await user.clear(key);
  await user.type(key, 'x');
  await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
  await screen.findByRole('heading', { name: /^Version 2 \(draft\)/ });
  expect((await listCodebookVersions(db, study.id)).map((v) => [v.version, v.frozen])).toEqual([[1, true], [2, false]]);
});

test('Other suggestions are grouped and one becomes a category of a new version', async () => {
  await rate('t1', 'r1', 'Badge printing');
  await rate('t2', 'r2', ' badge  printing.');
  await rate('t3', 'r2', 'Parking');
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  const list = await screen.findByRole('list', { name: 'Other suggestions' });
  const items = within(list).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent(/Badge printing · 2 times by 2 reviewer/);
  await user.click(within(items[0]!).getByRole('button', { name: 'Make it a category of the draft' }));
  await screen.findByRole('heading', { name: /^Version 2 \(draft\)/ });
  const versions = await listCodebookVersions(db, study.id);
  expect(versions.map((v) => [v.version, v.frozen])).toEqual([[1, true], [2, false]]);
  expect(versions[1]!.categories.map((c) => c.name)).toContain('Badge printing');
  const compare = await screen.findByRole('table', { name: 'Changes from v1 to v2' });
  expect(within(compare).getByRole('row', { name: /Badge printing/ })).toHaveTextContent('added');
});
