// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../../tests/support/render-app';
import { importThreads } from '../../../db/repos/import-threads';
import { importLlmLabels } from '../../../db/repos/llm-labels';
import { asThreadId } from '../../../domain/ids';
import { ThreadsPage } from './threads-page';
import { Route, Switch } from 'wouter';
import { paths } from '../../../lib/paths';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../../tests/support/pilot-study';

beforeEach(async () => {
  await seedPilotStudy();
  const rows: [string, string, string, string | null][] = [
    ['t1', 'Draft an email to families', 'Cardiology', 'Email & Document Writing'],
    ['t2', '<img src=x onerror=alert(1)>', 'Oncology', 'Coding'],
    ['t3', 'Fix this SQL query', 'Oncology', 'Coding'],
  ];
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 'a.csv',
    now: '2026-01-01T00:00:00Z',
    threads: rows.map(([id, text, department, label], i) => ({
      threadId: asThreadId(id),
      turns: [text],
      userId: `u${i}`,
      department,
      role: 'Scheduler',
      createdAt: null,
      llmLabel: label,
      sourceRow: i + 2,
    })),
  });
});
afterEach(deletePilotStudy);

function renderThreads(path = paths.threads.to(study.id)) {
  return renderApp(
    <Switch>
      <Route path={paths.thread.pattern}>
        {(p) => <ThreadsPage studyId={study.id} threadId={asThreadId(p.threadId)} />}
      </Route>
      <Route path={paths.threads.pattern}>{() => <ThreadsPage studyId={study.id} threadId={null} />}</Route>
    </Switch>,
    { db, path },
  );
}

test('arrow keys move through the list and open each thread, whose text is shown as text', async () => {
  const user = userEvent.setup();
  renderThreads();
  const list = await screen.findByRole('listbox', { name: 'Threads (3)' });
  list.focus();
  await user.keyboard('{ArrowDown}');
  await screen.findByRole('heading', { name: 'Thread t1' });
  await user.keyboard('{ArrowDown}');
  const article = await screen.findByRole('article');
  await within(article).findByText('<img src=x onerror=alert(1)>');
  expect(article.querySelector('img')).toBeNull();
  await user.keyboard('{End}');
  await screen.findByRole('heading', { name: 'Thread t3' });
});

test('filters by department and LLM label narrow the list', async () => {
  const user = userEvent.setup();
  renderThreads();
  await screen.findByText('Showing 3 of 3 threads');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Oncology');
  await screen.findByText('Showing 2 of 3 threads');
  await user.selectOptions(screen.getByRole('combobox', { name: 'LLM label' }), 'Email & Document Writing');
  await screen.findByText('Showing 0 of 3 threads');
});

test('the LLM run filter lists runs by their names, the model beside a name that is not it', async () => {
  await importLlmLabels(db, {
    studyId: study.id,
    model: 'gpt-4o',
    source: 'v2.csv',
    labels: [{ threadId: asThreadId('t1'), label: 'Coding' }],
    run: { name: 'Prompt v2', note: '', ranAt: '2026-11-30' },
    now: '2026-01-02T00:00:00Z',
  });
  renderThreads();
  const runs = await screen.findByRole('combobox', { name: 'LLM run' });
  expect(
    within(runs)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['gpt-4o', 'Prompt v2 (gpt-4o), 2026-11-30']);
});

test('text search finds threads by words in their prompts', async () => {
  const user = userEvent.setup();
  renderThreads();
  await user.type(await screen.findByRole('searchbox', { name: 'Search text' }), 'sql');
  await screen.findByText('Showing 1 of 3 threads');
});

test('search matches are marked, as text, in the snippet and in the open thread', async () => {
  // jsdom lays nothing out: give the virtual list a height so its rows render.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  const user = userEvent.setup();
  renderThreads(`${paths.thread.to(study.id, asThreadId('t3'))}?q=${encodeURIComponent('sql QUERY')}`);
  const thread = await screen.findByRole('article');
  const prompt = await within(thread).findByText(
    (_, el) => el?.tagName === 'P' && el.textContent === 'Fix this SQL query',
  );
  expect([...prompt.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['SQL', 'query']);
  const list = screen.getByRole('listbox', { name: /Threads/ });
  const option = await within(list).findByRole('option', { name: /t3/ });
  expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['SQL', 'query']);
  // A query that looks like markup matches as text; nothing in the page becomes an element.
  await user.clear(screen.getByRole('searchbox', { name: 'Search text' }));
  await user.type(screen.getByRole('searchbox', { name: 'Search text' }), '<img');
  const t2 = await within(list).findByRole('option', { name: /t2/ });
  expect([...t2.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['<img']);
  expect(document.querySelectorAll('img')).toHaveLength(0);
  vi.restoreAllMocks();
});

test("the threads browser links to the study's other pages", async () => {
  renderThreads();
  const nav = await screen.findByRole('navigation', { name: 'Study' });
  const links = within(nav)
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);
  expect(links).toEqual(
    expect.arrayContaining([
      ['Samples and reviewers', paths.samples.to(study.id)],
      ['Agreement report', paths.report.to(study.id)],
      ['Exports', paths.exports.to(study.id)],
    ]),
  );
});
