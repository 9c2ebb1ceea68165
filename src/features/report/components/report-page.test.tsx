// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  B,
  C,
  captureDownloads,
  cells,
  db,
  deleteReportStudy,
  E,
  LABELS,
  reviewers,
  seedReportStudy,
  study,
} from '../../../../tests/support/report-study';
import { renderApp } from '../../../../tests/support/render-app';
import { getCodebookVersion, saveCodebookEdit } from '../../../db/repos/codebooks';
import { saveRating } from '../../../db/repos/ratings';
import { createSample } from '../../../db/repos/samples';
import { computeAgreementReport } from '../../../domain/agreement/agreement-report';
import { landisKochReading } from '../../../domain/agreement/landis-koch';
import { parseGoldCsv, parseRatingsCsv } from '../../../domain/agreement/ratings-csv';
import { ratingsMatrixFromRows } from '../../../domain/agreement/ratings-matrix';
import { asSampleId, asThreadId } from '../../../domain/ids';
import { ReportPage } from './report-page';

beforeEach(seedReportStudy);
afterEach(deleteReportStudy);

// A 1,000-resample bootstrap in jsdom takes about 5 s on a loaded 2-core machine.
test(
  "the statistics are computeAgreementReport's on the exported rows, with the bootstrap of seed 1",
  { timeout: 20_000 },
  async () => {
    const blobs = captureDownloads();
    const user = userEvent.setup();
    renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
    await screen.findByRole('rowheader', { name: "Fleiss' kappa" });
    await waitFor(() => expect(screen.queryByText(/Computing bootstrap intervals/)).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Export ratings (CSV)' }));
    await user.click(screen.getByRole('button', { name: 'Export gold labels for npm run agreement (CSV)' }));
    const ratings = parseRatingsCsv(await blobs[0]!.text());
    const gold = parseGoldCsv(await blobs[1]!.text());
    expect(ratings.problems).toEqual([]);
    expect(ratings.rows).toHaveLength(8 * 4);
    expect([...gold.gold]).toEqual([
      ['t1', E],
      ['t2', E],
      ['t3', C],
      ['t5', B],
      ['t6', C],
      ['t7', E],
    ]);
    // What `npm run agreement -- ratings.csv --ci --seed 1 --model LLM --gold gold.csv` computes.
    const expected = computeAgreementReport(ratingsMatrixFromRows(ratings.rows), {
      modelRater: 'LLM',
      gold: gold.gold,
      bootstrap: { seed: 1, resamples: 1000 },
    });

    const f = expected.fleiss;
    expect(cells("Fleiss' kappa")).toEqual([
      f.value!.toFixed(3),
      `${f.ci!.lower.toFixed(3)} to ${f.ci!.upper.toFixed(3)}`,
      `${f.bootstrap!.lower!.toFixed(3)} to ${f.bootstrap!.upper!.toFixed(3)}`,
      landisKochReading(f.value),
      '8',
    ]);
    expect(cells('Percent agreement')[0]).toBe(expected.percentAgreement.value!.toFixed(3));
    expect(cells("Krippendorff's alpha")[0]).toBe(expected.krippendorff.value!.toFixed(3));
    for (const c of expected.cohen) expect(cells(`Cohen's kappa, ${c.a} – ${c.b}`)[0]).toBe(c.value!.toFixed(3));
    for (const c of expected.model!.cohen) expect(cells(`Cohen's kappa, LLM – ${c.b}`)[0]).toBe(c.value!.toFixed(3));
    const g = expected.model!.gold!;
    expect(cells('Accuracy')[0]).toBe(g.accuracy.value!.toFixed(3));
    expect(cells('Macro F1')[0]).toBe(g.macroF1.value!.toFixed(3));
    expect(cells('Macro F1')[2]).toBe(
      `${g.macroF1.bootstrap!.lower!.toFixed(3)} to ${g.macroF1.bootstrap!.upper!.toFixed(3)}`,
    );
    expect(cells('Weighted F1')[0]).toBe(g.weightedF1.value!.toFixed(3));

    const methods = screen.getByLabelText('Methods paragraph');
    expect(methods).toHaveTextContent(
      `Fleiss' kappa ${f.value!.toFixed(3)} (95% CI ${f.bootstrap!.lower!.toFixed(3)} to ${f.bootstrap!.upper!.toFixed(3)}`,
    );
    expect(methods).toHaveTextContent('1,000 resamples, seed 1');
    expect(methods).toHaveTextContent('1 from accepting the majority label, 1 from consensus discussion');
    await user.click(screen.getByRole('button', { name: 'Copy methods paragraph' }));
    expect(await navigator.clipboard.readText()).toBe(methods.textContent);
    expect(screen.getByText('Copied the methods paragraph.')).toBeInTheDocument();
  },
);

test('the four figures are drawn, each with its downloads; the headline says what is covered', async () => {
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s1` });
  const confusion = await screen.findByRole('img', { name: 'Confusion matrix: gpt-4o against the gold labels' });
  expect(confusion.querySelector('style')).toBeNull();
  expect(screen.getByRole('img', { name: "Pairwise Cohen's kappa of the raters" })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'F1 per category: gpt-4o against the gold labels' })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Category distribution of the gold labels' })).toBeInTheDocument();
  for (const figure of ['confusion matrix', 'pairwise kappa matrix', 'per-category F1', 'category distribution']) {
    expect(screen.getByRole('button', { name: `Download ${figure} as SVG` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Download ${figure} as PNG` })).toBeInTheDocument();
  }
  const covered = screen.getByLabelText('What the report covers');
  expect(covered).toHaveTextContent('Pilot (seed 42)');
  expect(covered).toHaveTextContent('Ann, Ben, Cy');
  expect(covered).toHaveTextContent('Decided (gold label)6');
  expect(covered).toHaveTextContent('Undecided2 (2 awaiting a decision, 0 not labeled by every reviewer yet)');
});

test('unticking the only sample asks for one; the choice lives in the URL', async () => {
  const user = userEvent.setup();
  const { location } = renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
  const box = await screen.findByRole('checkbox', { name: /Pilot/ });
  expect(box).toBeChecked();
  await user.click(box);
  expect(await screen.findByText('Choose at least one sample.')).toBeInTheDocument();
  expect(location.history?.at(-1)).toContain('samples=');
});

test('samples on two codebook versions sharing a thread: item ids become sample/thread, and each version has its report', async () => {
  const v1 = await getCodebookVersion(db, study.id, 1);
  await saveCodebookEdit(
    db,
    { kind: 'new-version', version: { ...v1, version: 2, frozen: false, createdAt: '2026-02-01T00:00:00Z' } },
    'test',
  );
  const second = asSampleId('s2');
  await createSample(db, {
    studyId: study.id,
    sampleId: second,
    name: 'Second',
    createdAt: '2026-02-02T00:00:00Z',
    seed: 9,
    threadIds: [asThreadId('t1'), asThreadId('t9')],
    reviewerIds: reviewers,
    codebookVersion: 2,
    manifest: {},
  });
  for (const threadId of ['t1', 't9']) {
    for (const reviewerId of reviewers) {
      await saveRating(db, {
        studyId: study.id,
        sampleId: second,
        reviewerId,
        threadId: asThreadId(threadId),
        label: C,
        codebookVersion: 2,
        otherSuggestion: null,
        note: null,
        flagged: false,
        durationMs: 1,
        updatedAt: '2026-02-03T00:00:00Z',
      });
    }
  }
  const blobs = captureDownloads();
  const user = userEvent.setup();
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
  const versions = await screen.findByRole('region', { name: 'Agreement per codebook version' });
  expect(within(versions).getByRole('heading', { name: 'Codebook version 1' })).toBeInTheDocument();
  expect(within(versions).getByRole('heading', { name: 'Codebook version 2' })).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText(/Computing bootstrap intervals/)).toBeNull());
  expect(screen.getByLabelText('What the report covers')).toHaveTextContent(
    'Threads10 (a thread in several samples counts once per sample',
  );

  await user.click(screen.getByRole('button', { name: 'Export ratings (CSV)' }));
  const rows = parseRatingsCsv(await blobs[0]!.text()).rows;
  expect([...new Set(rows.map((r) => r.itemId))].sort()).toEqual(
    [...Object.keys(LABELS).map((t) => `Pilot/${t}`), 'Second/t1', 'Second/t9'].sort(),
  );
  const expected = computeAgreementReport(ratingsMatrixFromRows(rows), {
    modelRater: 'LLM',
    gold: new Map(),
    bootstrap: { seed: 1, resamples: 1000 },
  });
  expect(cells("Fleiss' kappa")[0]).toBe(expected.fleiss.value!.toFixed(3));
  const version1 = computeAgreementReport(ratingsMatrixFromRows(rows.filter((r) => r.itemId.startsWith('Pilot/'))), {
    modelRater: 'LLM',
  });
  expect(cells("Fleiss' kappa (codebook v1)")[0]).toBe(version1.fleiss.value!.toFixed(3));
  // Every reviewer gave Coding to both threads of version 2: expected agreement 1, kappa undefined.
  expect(cells("Fleiss' kappa (codebook v2)")[0]).toMatch(/^undefined \(/);
});
