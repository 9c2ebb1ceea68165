// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { paths } from '../../../src/lib/paths';
import type { ConcordDatabase } from '../../../src/db/database';
import { addReviewer } from '../../../src/db/repos/reviewers';
import { createSample } from '../../../src/db/repos/samples';
import { asReviewerId, asSampleId, asThreadId } from '../../../src/domain/ids';
import type { Reviewer } from '../../../src/domain/reviewer';
import type { Study } from '../../../src/domain/study';
import { useSittingStore } from '../../../src/lib/sitting-store';
import { createPilotStudy, freshDatabase, importTestThreads } from '../../support/database';
import { renderShell } from '../../support/render-shell';

const NOW = '2026-01-02T00:00:00Z';
const sampleId = asSampleId('s1');
let db: ConcordDatabase;
let study: Study;
let ada: Reviewer;

beforeEach(async () => {
  localStorage.clear();
  useSittingStore.setState({ sitting: null });
  db = freshDatabase();
  study = await createPilotStudy(db);
  ada = await addReviewer(db, { studyId: study.id, name: 'Ada', initials: 'AD', role: 'reviewer', now: NOW });
  const ben = await addReviewer(db, { studyId: study.id, name: 'Ben', initials: 'BE', role: 'reviewer', now: NOW });
  const ids = ['t1', 't2'];
  await importTestThreads(db, study.id, ids);
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ids.map(asThreadId),
    reviewerIds: [ada.reviewerId, ben.reviewerId],
    codebookVersion: 1,
    manifest: {
      filters: {},
      llmRun: null,
      stratification: {},
      population: {},
      strata: [],
    },
  });
});
afterEach(async () => {
  await db.delete();
});

test('"Who is working?" opens straight into the queue with the lead\'s navigation hidden; lead pages are refused with a way back', async () => {
  const user = userEvent.setup();
  const view = renderShell(db, paths.samples.to(study.id));
  const who = await screen.findByRole('navigation', { name: 'Who is working on Pilot sample?' });
  await user.click(within(who).getByRole('link', { name: /^Ada/ }));

  expect(await screen.findByText('Ada')).toBeInTheDocument();
  expect(view.location.history?.at(-1)).toBe(paths.label.to(study.id, sampleId, ada.reviewerId));
  expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).not.toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'Sitting' })).getByText('Ada')).toBeInTheDocument();

  for (const lead of [
    paths.samples.to(study.id),
    paths.studies.to(),
    paths.label.to(study.id, sampleId, asReviewerId('other')),
  ]) {
    act(() => view.location.navigate(lead));
    expect(await screen.findByText("This page is closed during Ada's sitting.")).toBeInTheDocument();
    expect(screen.queryByText('Agreement so far')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: /Who is working/ })).not.toBeInTheDocument();
  }
  await user.click(screen.getByRole('link', { name: 'Back to the queue' }));
  expect(await screen.findByText(/of 2 labeled/)).toBeInTheDocument();
});

test('a sitting survives a reload, and ending it lands on the studies list with the navigation back', async () => {
  const user = userEvent.setup();
  useSittingStore
    .getState()
    .sittingStarted({ studyId: study.id, sampleId, reviewerId: ada.reviewerId, reviewerName: 'Ada' });
  const stored = localStorage.getItem('concord-sitting');
  // A reload: the page's memory is gone, what localStorage holds comes back before the first render.
  useSittingStore.setState({ sitting: null });
  localStorage.setItem('concord-sitting', stored ?? '');
  await act(() => useSittingStore.persist.rehydrate());

  renderShell(db, paths.samples.to(study.id));
  expect(await screen.findByText("This page is closed during Ada's sitting.")).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'End sitting' }));
  expect(await screen.findByRole('heading', { name: 'Studies' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
  expect(localStorage.getItem('concord-sitting')).not.toContain('Ada');
});
