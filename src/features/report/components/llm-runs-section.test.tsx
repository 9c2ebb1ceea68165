// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { captureDownloads } from '../../../../tests/support/downloads';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { importLlmLabels, listLlmRuns } from '../../../db/repos/llm-labels';
import { saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { parseGoldCsv, parseRatingsCsv } from '../../../domain/agreement/ratings-csv';
import { asSampleId, asThreadId } from '../../../domain/ids';
import { compareRunRows } from '../../../domain/report/run-comparison-rows';
import type { Study } from '../../../domain/study';
import { ReportPage } from './report-page';

const E = 'Email & Document Writing';
const C = 'Coding';
const labelsOf = (s: string) => [...s].map((x) => (x === 'x' ? E : C));
// Gold x × 5, y × 5 (both reviewers agree, so every thread is final); the older run is right on 6
// threads, the newer one on 8; only the newer right on 4, only the older on 2.
const GOLD = labelsOf('xxxxxyyyyy');
const OLDER = labelsOf('xxyyxyyxxy');
const NEWER = labelsOf('xxxxyyyyyx');
const threads = GOLD.map((_, i) => asThreadId(`t${i + 1}`));

let db: ConcordDatabase;
let study: Study;
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  const reviewers = [];
  for (const name of ['Ann', 'Ben']) {
    reviewers.push(
      (
        await addReviewer(db, {
          studyId: study.id,
          name,
          initials: name.slice(0, 2),
          role: 'reviewer',
          now: '2026-01-01T00:00:00Z',
        })
      ).reviewerId,
    );
  }
  const sampleId = asSampleId('s1');
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot',
    createdAt: '2026-01-02T00:00:00Z',
    seed: 42,
    threadIds: threads,
    reviewerIds: reviewers,
    codebookVersion: 1,
    manifest: {},
  });
  for (const [i, threadId] of threads.entries()) {
    for (const reviewerId of reviewers) {
      await saveRating(db, {
        studyId: study.id,
        sampleId,
        reviewerId,
        threadId,
        label: GOLD[i]!,
        codebookVersion: 1,
        otherSuggestion: null,
        note: null,
        flagged: false,
        durationMs: 1,
        updatedAt: '2026-01-03T00:00:00Z',
      });
    }
  }
  for (const [labels, now, run] of [
    [OLDER, '2026-01-02T00:00:00Z', { name: 'Prompt v1', note: 'first prompt', ranAt: '2026-01-01' }],
    [NEWER, '2026-01-05T00:00:00Z', undefined],
  ] as const) {
    await importLlmLabels(db, {
      studyId: study.id,
      model: 'gpt-4o',
      source: 'llm.csv',
      now,
      ...(run ? { run } : {}),
      labels: threads.map((threadId, i) => ({ threadId, label: labels[i]! })),
    });
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const cells = (table: HTMLElement, name: string) =>
  within(within(table).getByRole('rowheader', { name }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

test(
  'the runs are listed with their label counts; one is renamed and dated in place, a bad date is refused first',
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup();
    renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
    const table = await screen.findByRole('table', { name: 'LLM runs of the study' }, { timeout: 5000 });
    expect(cells(table, 'Prompt v1').slice(0, 4)).toEqual([
      'gpt-4o',
      '2026-01-01',
      'first prompt',
      `10${E} 5 · ${C} 5`,
    ]);
    expect(cells(table, 'gpt-4o').slice(0, 3)).toEqual(['gpt-4o', 'not given', '']);

    await user.click(within(table).getByRole('button', { name: 'Edit the run gpt-4o' }));
    const form = screen.getByRole('form', { name: 'Edit the run gpt-4o' });
    const name = within(form).getByRole('textbox', { name: 'Name of the run' });
    await user.clear(name);
    await user.type(name, 'Prompt v2');
    await user.type(within(form).getByRole('textbox', { name: 'Prompt or note' }), 'Definitions of codebook v2');
    await user.type(within(form).getByRole('textbox', { name: 'Date of the run' }), '31/02/2026');
    await user.click(within(form).getByRole('button', { name: 'Save the run' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The date “31/02/2026” is not a date');
    expect((await listLlmRuns(db, study.id))[1]!.name).toBe('gpt-4o');

    const date = within(form).getByRole('textbox', { name: 'Date of the run' });
    await user.clear(date);
    await user.type(date, '2026-01-04 16:30');
    await user.click(within(form).getByRole('button', { name: 'Save the run' }));
    // The save resolves once the report naming the run is computed again (its bootstrap runs on jsdom's one thread).
    await waitFor(() => expect(screen.queryByRole('form', { name: /Edit the run/ })).toBeNull(), { timeout: 20_000 });
    expect(cells(table, 'Prompt v2').slice(0, 3)).toEqual(['gpt-4o', '2026-01-04 16:30', 'Definitions of codebook v2']);
    expect((await listLlmRuns(db, study.id))[1]).toMatchObject({
      name: 'Prompt v2',
      note: 'Definitions of codebook v2',
      ranAt: '2026-01-04 16:30',
    });
  },
);

test(
  'two runs compared on the gold labels: the latest first by default, the numbers of compare-models on the exported files, the methods sentence',
  { timeout: 30_000 },
  async () => {
    const blobs = captureDownloads();
    const user = userEvent.setup();
    renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
    const stats = await screen.findByRole(
      'table',
      { name: 'The two runs against the gold labels' },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('combobox', { name: 'First run' })).toHaveDisplayValue('gpt-4o');
    expect(screen.getByRole('combobox', { name: 'Second run' })).toHaveDisplayValue('Prompt v1 (gpt-4o), 2026-01-01');
    expect(cells(stats, 'Accuracy, gpt-4o')[0]).toBe('0.800');
    expect(cells(stats, 'Accuracy, Prompt v1')[0]).toBe('0.600');
    expect(cells(stats, 'Macro F1 difference (gpt-4o minus Prompt v1)')[0]).toBe('0.200');
    const mcnemar = screen.getByRole('table', { name: 'Exact McNemar test' });
    expect(cells(mcnemar, 'b (only gpt-4o correct)')).toEqual(['4']);
    expect(cells(mcnemar, 'c (only Prompt v1 correct)')).toEqual(['2']);
    expect(cells(mcnemar, 'p (two-sided)')).toEqual(['0.688']);
    const f1 = screen.getByRole('table', { name: 'F1 per category of the two runs' });
    expect(cells(f1, C)[0]).toBe('0.800');

    await user.click(screen.getByRole('button', { name: 'Export the two runs’ labels (CSV)' }));
    await user.click(screen.getByRole('button', { name: 'Export gold labels for npm run compare-models (CSV)' }));
    await user.click(screen.getByRole('button', { name: 'Download the comparison table (CSV)' }));
    // What `npm run compare-models -- runs.csv --gold gold.csv --models 'gpt-4o,Prompt v1'` computes (src/cli/compare-models.ts).
    const runs = parseRatingsCsv(await blobs[0]!.text());
    const gold = parseGoldCsv(await blobs[1]!.text());
    expect([runs.problems, gold.problems]).toEqual([[], []]);
    const cli = compareRunRows(runs.rows, ['gpt-4o', 'Prompt v1'], gold.gold, { seed: 1, resamples: 1000 });
    expect(cli.items).toBe(10);
    expect(cli.models.map((m) => m.accuracy.value!.toFixed(3))).toEqual(['0.800', '0.600']);
    expect(cli.models.map((m) => m.macroF1.value!.toFixed(3))).toEqual([
      cells(stats, 'Macro F1, gpt-4o')[0],
      cells(stats, 'Macro F1, Prompt v1')[0],
    ]);
    expect(cells(stats, 'Macro F1 difference (gpt-4o minus Prompt v1)')[2]).toBe(
      `${cli.macroF1Difference.bootstrap!.lower!.toFixed(3)} to ${cli.macroF1Difference.bootstrap!.upper!.toFixed(3)}`,
    );
    expect(await blobs[2]!.text()).toContain('mcnemar_p,,,0.6875,');
    expect(screen.getByLabelText('Methods paragraph')).toHaveTextContent(
      /Two LLM runs were compared on the 10 threads .* “gpt-4o” had accuracy 0\.800 .*b = 4 \(only the first correct\), c = 2 \(only the second correct\), p = 0\.688\./,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'First run' }), 'Prompt v1 (gpt-4o), 2026-01-01');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second run' }), 'gpt-4o');
    const mcnemarOf = () => screen.getByRole('table', { name: 'Exact McNemar test' });
    await waitFor(() => expect(cells(mcnemarOf(), 'b (only Prompt v1 correct)')).toEqual(['2']), { timeout: 10_000 });
  },
);
