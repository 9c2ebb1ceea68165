// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotSample, createPilotStudy, freshDatabase } from '../../tests/support/database';
import { renderApp } from '../../tests/support/render-app';
import type { Study } from '../domain/study';
import { AppLayout } from './app-layout';
import { paths } from '../lib/paths';

let db: ReturnType<typeof freshDatabase>;
let study: Study;
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  localStorage.clear();
  document.documentElement.classList.remove('dark');
});
afterEach(async () => {
  await db.delete();
});

const crumbs = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Breadcrumb' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')]);
};

test('a study page: Studies › the study by name › the page, which is marked current', async () => {
  renderApp(
    <AppLayout>
      <p>page</p>
    </AppLayout>,
    { db, path: paths.codebook.to(study.id) },
  );
  await screen.findByRole('link', { name: 'Pilot' }, { timeout: 5000 });
  expect(await crumbs()).toEqual([
    ['Studies', '/', null],
    ['Pilot', paths.threads.to(study.id), null],
    ['Codebook', paths.codebook.to(study.id), 'page'],
  ]);
});

test('a sample page names the sample between the study and the page', async () => {
  const {
    sampleId,
    reviewerIds: [reviewer],
  } = await createPilotSample(db, study.id);
  renderApp(
    <AppLayout>
      <p>page</p>
    </AppLayout>,
    { db, path: paths.label.to(study.id, sampleId, reviewer!) },
  );
  await screen.findByRole('link', { name: 'Pilot sample' }, { timeout: 5000 });
  expect((await crumbs()).map(([label, href]) => [label, href])).toEqual([
    ['Studies', '/'],
    ['Pilot', paths.threads.to(study.id)],
    ['Pilot sample', paths.samples.to(study.id)],
    ['Labeling', paths.label.to(study.id, sampleId, reviewer!)],
  ]);
});

test('the theme choice is applied to the page at once and remembered', async () => {
  const user = userEvent.setup();
  renderApp(
    <AppLayout>
      <p>page</p>
    </AppLayout>,
    { db },
  );
  const theme = screen.getByRole('combobox', { name: 'Theme' });
  expect(theme).toHaveValue('system');
  await user.selectOptions(theme, 'Dark');
  expect(document.documentElement).toHaveClass('dark');
  expect(localStorage.getItem('concord.theme')).toBe('dark');
  await user.selectOptions(theme, 'Light');
  expect(document.documentElement).not.toHaveClass('dark');
});
