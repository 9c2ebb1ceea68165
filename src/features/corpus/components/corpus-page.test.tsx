// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../../../tests/support/render-app';
import { importThreads } from '../../../db/repos/import-threads';
import { importLlmLabels } from '../../../db/repos/llm-labels';
import { saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { getStudy } from '../../../db/repos/studies';
import { populationShares } from '../../../domain/corpus/population-shares';
import { asSampleId, asThreadId } from '../../../domain/ids';
import { CorpusPage } from './corpus-page';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../../tests/support/pilot-study';

const E = 'Email & Document Writing';
const Q = 'Answer Medical Knowledge Questions';
// 10 threads: [id, department, role, LLM label, gold label (sampled threads only)]
const THREADS: [string, string, string, string, string | null][] = [
  ['t1', 'Radiology', 'Nurse', E, E],
  ['t2', 'Radiology', 'Scheduler', E, Q],
  ['t3', 'Pharmacy', 'Scheduler', E, E],
  ['t4', 'Pharmacy', 'Nurse', Q, Q],
  ['t5', 'Radiology', 'Scheduler', Q, null],
  ['t6', 'Pharmacy', 'Scheduler', E, null],
  ['t7', 'Radiology', 'Nurse', E, null],
  ['t8', 'Pharmacy', 'Scheduler', 'Coding', null],
  ['t9', 'Radiology', 'Nurse', E, null],
  ['t10', 'Pharmacy', 'Scheduler', E, null],
];

async function addSample(id: string, stratifiedBy: 'none' | 'department', extra: [string, string][] = []) {
  const reviewers = [];
  for (const name of [`${id}-Ann`, `${id}-Ben`]) {
    reviewers.push(
      (
        await addReviewer(db, {
          studyId: study.id,
          name,
          initials: 'AB',
          role: 'reviewer',
          now: '2026-01-01T00:00:00Z',
        })
      ).reviewerId,
    );
  }
  const sampled = [
    ...THREADS.filter((t) => t[4] !== null),
    ...extra.map(([id, label]) => [id, '', '', '', label] as const),
  ];
  const manifest = {
    format: 'concord-sample-manifest',
    filters: {
      frequentOnly: false,
      frequentThreshold: null,
      departments: null,
      roles: null,
      dateFrom: null,
      dateTo: null,
      llmLabels: null,
      includePreviouslySampled: false,
    },
    stratification: { by: stratifiedBy },
    population: { matchingFilters: THREADS.length },
  };
  await createSample(db, {
    studyId: study.id,
    sampleId: asSampleId(id),
    name: id,
    createdAt: '2026-01-02T00:00:00Z',
    seed: 1,
    threadIds: sampled.map((t) => asThreadId(t[0])),
    reviewerIds: reviewers,
    codebookVersion: 1,
    manifest,
  });
  for (const [threadId, , , , gold] of sampled) {
    for (const reviewerId of reviewers) {
      await saveRating(db, {
        studyId: study.id,
        sampleId: asSampleId(id),
        reviewerId,
        threadId: asThreadId(threadId),
        label: gold!,
        codebookVersion: 1,
        otherSuggestion: null,
        note: null,
        flagged: false,
        durationMs: 1,
        updatedAt: '2026-01-03T00:00:00Z',
      });
    }
  }
}

beforeEach(async () => {
  await seedPilotStudy();
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 't.csv',
    now: '2026-01-01T00:00:00Z',
    threads: THREADS.map(([id, department, role, label], i) => ({
      threadId: asThreadId(id),
      turns: [`text ${id}`],
      userId: `u${i % 3}`,
      department,
      role,
      createdAt: `2024-0${1 + (i % 3)}-05T00:00:00.000Z`,
      llmLabel: label,
      sourceRow: i + 2,
    })),
  });
  await addSample('Pilot', 'none');
  await addSample('By department', 'department');
});
afterEach(deletePilotStudy);

const page = (search: string) =>
  renderApp(<CorpusPage studyId={study.id} />, { db, path: `/studies/${study.id}/corpus${search}` });

test('the LLM shares come with the shares corrected by the gold sample, equal to the domain estimator', async () => {
  page('?samples=Pilot');
  const table = await screen.findByRole('table', { name: 'Corrected shares' }, { timeout: 5000 });
  const expected = populationShares(
    new Map(THREADS.map((t) => [t[0], t[3]])),
    new Map(THREADS.filter((t) => t[4] !== null).map((t) => [t[0], t[4]!])),
    { draws: 10_000, seed: 1 },
  );
  const email = expected.categories.find((c) => c.label === E)!;
  const row = within(table).getByRole('row', { name: new RegExp(`^${E}`) });
  expect(row).toHaveTextContent(`${(email.llmShare * 100).toFixed(1)}%`);
  expect(row).toHaveTextContent(`${(email.corrected * 100).toFixed(1)}%`);
  expect(row).toHaveTextContent(`${(email.ci[0] * 100).toFixed(1)}%–${(email.ci[1] * 100).toFixed(1)}%`);
  expect(within(table).getByRole('row', { name: /^Coding/ })).toHaveTextContent('(unvalidated)');
  expect(screen.getByLabelText('Methods sentence')).toHaveTextContent(
    /reclassification estimator on 4 adjudicated gold labels \(Pilot\)/,
  );
}, 15_000);

test('another population, or a sample stratified by department, is refused with the reason', async () => {
  const user = userEvent.setup();
  page('?samples=By%20department');
  expect(await screen.findByText(/By department: the gold sample was stratified by department/)).toBeInTheDocument();
  expect(screen.queryByRole('table', { name: 'Corrected shares' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: 'By department' }));
  await user.click(screen.getByRole('checkbox', { name: 'Pilot' }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Radiology');
  expect(
    await screen.findByText(
      /Pilot: the gold sample speaks for every thread, not for every thread, department Radiology \(departments differ\)/,
    ),
  ).toBeInTheDocument();
  expect(screen.getByLabelText('Population size')).toHaveTextContent('5 threads in the population');
});

test('a gold thread outside the population is refused in words, not with a function name', async () => {
  await addSample('Stray', 'none', [['zz', E]]);
  page('?samples=Stray');
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert).toHaveTextContent('1 gold thread is not in this population (e.g. zz)');
  expect(alert).not.toHaveTextContent('populationShares');
});

test("the lead edits a role's group, saves it on the study, and the role group heat map follows", async () => {
  const user = userEvent.setup();
  page('');
  const input = await screen.findByRole('textbox', { name: 'Clinical group of Scheduler' }, { timeout: 5000 });
  expect(input).toHaveValue('non-clinician');
  await user.clear(input);
  await user.type(input, 'front desk');
  await user.click(screen.getByRole('button', { name: 'Save role groups' }));
  await waitFor(async () => expect((await getStudy(db, study.id))!.roleGroups?.Scheduler?.clinical).toBe('front desk'));
  expect(await screen.findByRole('img', { name: 'LLM labels, shares by clinical group' })).toHaveTextContent(
    'front desk',
  );
});

test('the LLM run picker lists runs by their names; two that would read alike add their file and date', async () => {
  for (const [source, name, day] of [
    ['v1b.csv', 'gpt-4o', '05'],
    ['v2.csv', 'Prompt v2', '06'],
  ] as const)
    await importLlmLabels(db, {
      studyId: study.id,
      model: 'gpt-4o',
      source,
      labels: [{ threadId: asThreadId('t1'), label: E }],
      run: { name, note: '', ranAt: null },
      now: `2026-01-${day}T00:00:00Z`,
    });
  page('');
  const runs = await screen.findByRole('combobox', { name: 'LLM run' }, { timeout: 5000 });
  await waitFor(() =>
    expect(
      within(runs)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'gpt-4o, from t.csv, imported 2026-01-01',
      'gpt-4o, from v1b.csv, imported 2026-01-05',
      'Prompt v2 (gpt-4o)',
    ]),
  );
});
