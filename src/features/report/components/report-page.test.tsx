// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { captureDownloads } from '../../../../tests/support/downloads';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { getCodebookVersion, saveCodebookEdit } from '../../../db/repos/codebooks';
import { saveDecision } from '../../../db/repos/decisions';
import { importLlmLabels } from '../../../db/repos/llm-labels';
import { saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { computeAgreementReport } from '../../../domain/agreement/agreement-report';
import { landisKochReading } from '../../../domain/agreement/landis-koch';
import { parseGoldCsv, parseRatingsCsv } from '../../../domain/agreement/ratings-csv';
import { ratingsMatrixFromRows } from '../../../domain/agreement/ratings-matrix';
import { asSampleId, asThreadId, type ReviewerId, type SampleId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { ReportPage } from './report-page';

const E = 'Email & Document Writing';
const C = 'Coding';
const B = 'Brainstorming';
// thread: [Ann, Ben, Cy, LLM]
const LABELS: Record<string, [string, string, string, string]> = {
  t1: [E, E, E, E], t2: [E, E, C, E], t3: [C, C, C, C], t4: [C, B, B, B],
  t5: [B, B, B, E], t6: [E, C, B, C], t7: [E, E, E, E], t8: [B, B, C, B],
};

let db: ConcordDatabase;
let study: Study;
let reviewers: ReviewerId[];
const sampleId: SampleId = asSampleId('s1');

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  reviewers = [];
  for (const name of ['Ann', 'Ben', 'Cy']) {
    reviewers.push((await addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role: 'reviewer', now: '2026-01-01T00:00:00Z' })).reviewerId);
  }
  const threadIds = Object.keys(LABELS).map(asThreadId);
  await createSample(db, {
    studyId: study.id, sampleId, name: 'Pilot', createdAt: '2026-01-02T00:00:00Z', seed: 42, threadIds, reviewerIds: reviewers,
    codebookVersion: 1, manifest: {},
  });
  for (const [threadId, labels] of Object.entries(LABELS)) {
    for (let r = 0; r < 3; r++) {
      await saveRating(db, {
        studyId: study.id, sampleId, reviewerId: reviewers[r]!, threadId: asThreadId(threadId), label: labels[r]!, codebookVersion: 1,
        otherSuggestion: null, note: null, flagged: false, durationMs: 1, updatedAt: '2026-01-03T00:00:00Z',
      });
    }
  }
  await importLlmLabels(db, {
    studyId: study.id, model: 'gpt-4o', source: 'llm.csv', now: '2026-01-02T00:00:00Z',
    labels: Object.entries(LABELS).map(([threadId, l]) => ({ threadId: asThreadId(threadId), label: l[3] })),
  });
  for (const [threadId, finalLabel, method] of [['t2', E, 'majority'], ['t6', C, 'consensus']] as const) {
    await saveDecision(db, {
      studyId: study.id, sampleId, threadId: asThreadId(threadId), finalLabel, method, adjudicatorId: null, rationale: null,
      decidedBy: 'lead', decidedAt: '2026-01-04T00:00:00Z',
    });
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
const cells = (name: string) => within(rowOf(name)).getAllByRole('cell').map((c) => c.textContent);

// A 1,000-resample bootstrap in jsdom takes about 5 s on a loaded 2-core machine.
test("the statistics are computeAgreementReport's on the exported rows, with the bootstrap of seed 1", { timeout: 20_000 }, async () => {
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
  expect([...gold.gold]).toEqual([['t1', E], ['t2', E], ['t3', C], ['t5', B], ['t6', C], ['t7', E]]);
  // What `npm run agreement -- ratings.csv --ci --seed 1 --model LLM --gold gold.csv` computes.
  const expected = computeAgreementReport(ratingsMatrixFromRows(ratings.rows), {
    modelRater: 'LLM', gold: gold.gold, bootstrap: { seed: 1, resamples: 1000 },
  });

  const f = expected.fleiss;
  expect(cells("Fleiss' kappa")).toEqual([
    f.value!.toFixed(3), `${f.ci!.lower.toFixed(3)} to ${f.ci!.upper.toFixed(3)}`,
    `${f.bootstrap!.lower!.toFixed(3)} to ${f.bootstrap!.upper!.toFixed(3)}`, landisKochReading(f.value), '8',
  ]);
  expect(cells('Percent agreement')[0]).toBe(expected.percentAgreement.value!.toFixed(3));
  expect(cells("Krippendorff's alpha")[0]).toBe(expected.krippendorff.value!.toFixed(3));
  for (const c of expected.cohen) expect(cells(`Cohen's kappa, ${c.a} – ${c.b}`)[0]).toBe(c.value!.toFixed(3));
  for (const c of expected.model!.cohen) expect(cells(`Cohen's kappa, LLM – ${c.b}`)[0]).toBe(c.value!.toFixed(3));
  const g = expected.model!.gold!;
  expect(cells('Accuracy')[0]).toBe(g.accuracy.value!.toFixed(3));
  expect(cells('Macro F1')[0]).toBe(g.macroF1.value!.toFixed(3));
  expect(cells('Macro F1')[2]).toBe(`${g.macroF1.bootstrap!.lower!.toFixed(3)} to ${g.macroF1.bootstrap!.upper!.toFixed(3)}`);
  expect(cells('Weighted F1')[0]).toBe(g.weightedF1.value!.toFixed(3));

  const methods = screen.getByLabelText('Methods paragraph');
  expect(methods).toHaveTextContent(`Fleiss' kappa ${f.value!.toFixed(3)} (95% CI ${f.bootstrap!.lower!.toFixed(3)} to ${f.bootstrap!.upper!.toFixed(3)}`);
  expect(methods).toHaveTextContent('1,000 resamples, seed 1');
  expect(methods).toHaveTextContent('1 from accepting the majority label, 1 from consensus discussion');
  await user.click(screen.getByRole('button', { name: 'Copy methods paragraph' }));
  expect(await navigator.clipboard.readText()).toBe(methods.textContent);
  expect(screen.getByText('Copied the methods paragraph.')).toBeInTheDocument();
});

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
  await saveCodebookEdit(db, { kind: 'new-version', version: { ...v1, version: 2, frozen: false, createdAt: '2026-02-01T00:00:00Z' } }, 'test');
  const second = asSampleId('s2');
  await createSample(db, {
    studyId: study.id, sampleId: second, name: 'Second', createdAt: '2026-02-02T00:00:00Z', seed: 9,
    threadIds: [asThreadId('t1'), asThreadId('t9')], reviewerIds: reviewers, codebookVersion: 2, manifest: {},
  });
  for (const threadId of ['t1', 't9']) {
    for (const reviewerId of reviewers) {
      await saveRating(db, {
        studyId: study.id, sampleId: second, reviewerId, threadId: asThreadId(threadId), label: C, codebookVersion: 2,
        otherSuggestion: null, note: null, flagged: false, durationMs: 1, updatedAt: '2026-02-03T00:00:00Z',
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
  expect(screen.getByLabelText('What the report covers')).toHaveTextContent('Threads10 (a thread in several samples counts once per sample');

  await user.click(screen.getByRole('button', { name: 'Export ratings (CSV)' }));
  const rows = parseRatingsCsv(await blobs[0]!.text()).rows;
  expect([...new Set(rows.map((r) => r.itemId))].sort()).toEqual([...Object.keys(LABELS).map((t) => `Pilot/${t}`), 'Second/t1', 'Second/t9'].sort());
  const expected = computeAgreementReport(ratingsMatrixFromRows(rows), { modelRater: 'LLM', gold: new Map(), bootstrap: { seed: 1, resamples: 1000 } });
  expect(cells("Fleiss' kappa")[0]).toBe(expected.fleiss.value!.toFixed(3));
  const version1 = computeAgreementReport(ratingsMatrixFromRows(rows.filter((r) => r.itemId.startsWith('Pilot/'))), { modelRater: 'LLM' });
  expect(cells("Fleiss' kappa (codebook v1)")[0]).toBe(version1.fleiss.value!.toFixed(3));
  // Every reviewer gave Coding to both threads of version 2: expected agreement 1, kappa undefined.
  expect(cells("Fleiss' kappa (codebook v2)")[0]).toMatch(/^undefined \(/);
});

test('per-category statistics on fewer than 10 threads are marked "few items"; the note says how intervals are bounded', async () => {
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s1` });
  const perCategory = await screen.findByRole('table', { name: 'Agreement per category' });
  // Coding was given on t2, t3, t4, t6 and t8.
  const coding = within(perCategory).getByRole('rowheader', { name: C }).closest('tr')!;
  expect(within(coding).getAllByRole('cell').at(-1)).toHaveTextContent('8few items (used on 5)');
  const llm = screen.getByRole('table', { name: 'The LLM against the gold labels, per category' });
  const llmCoding = within(llm).getByRole('rowheader', { name: C }).closest('tr')!;
  expect(within(llmCoding).getAllByRole('cell').at(-1)).toHaveTextContent('few items');
  expect(screen.getByRole('table', { name: 'Agreement among the reviewers' })).toHaveTextContent('Wald for kappas (truncated to −1 and 1');
});

test('a sample whose threads each have 2 of the 3 reviewers says why Fleiss covers no thread', async () => {
  const pairs = [[0, 1], [1, 2], [0, 2]];
  const threadIds = ['p1', 'p2', 'p3'].map(asThreadId);
  await createSample(db, {
    studyId: study.id, sampleId: asSampleId('s3'), name: 'Pairs', createdAt: '2026-02-02T00:00:00Z', seed: 3, threadIds, reviewerIds: reviewers,
    codebookVersion: 1, manifest: {},
  });
  for (const [i, threadId] of threadIds.entries()) {
    for (const r of pairs[i]!) {
      await saveRating(db, {
        studyId: study.id, sampleId: asSampleId('s3'), reviewerId: reviewers[r]!, threadId, label: i === 0 ? C : E, codebookVersion: 1,
        otherSuggestion: null, note: null, flagged: false, durationMs: 1, updatedAt: '2026-02-03T00:00:00Z',
      });
    }
  }
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s3` });
  await screen.findByRole('rowheader', { name: "Fleiss' kappa" });
  const why = 'each item was rated by at most 2 of the 3 raters, and this statistic uses only items rated by all of them';
  expect(cells("Fleiss' kappa")[0]).toContain(`undefined (no item was rated by every rater: ${why}`);
  expect(screen.queryByRole('table', { name: 'Agreement per category' })).toBeNull();
  expect(screen.getByText(/^Agreement per category: Fleiss' kappa of each category is undefined: no item was rated by every rater/)).toBeInTheDocument();
  expect(cells("Krippendorff's alpha")[0]).toMatch(/^-?\d\.\d{3}$/);
  expect(screen.getByLabelText('Methods paragraph')).toHaveTextContent('0 of 3 threads were labeled independently by all 3 reviewers, the rest by 2, blind');
});

test('a sample nobody has labeled yet: the methods paragraph says there is nothing to report', async () => {
  await createSample(db, {
    studyId: study.id, sampleId: asSampleId('s4'), name: 'Fresh', createdAt: '2026-02-02T00:00:00Z', seed: 4,
    threadIds: ['t1', 't2'].map(asThreadId), reviewerIds: reviewers, codebookVersion: 1, manifest: {},
  });
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s4` });
  const methods = await screen.findByLabelText('Methods paragraph');
  expect(methods).toHaveTextContent(/No reviewer has labeled any of the 2 threads yet: there is nothing to report\.$/);
  expect(methods.textContent).not.toMatch(/undefined/);
});

test('anonymise reviewers: the headline, tables, figure, methods and files show Reviewer 1…n, and the choice is stored', { timeout: 30_000 }, async () => {
  const blobs = captureDownloads();
  const user = userEvent.setup();
  const { unmount } = renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s1` });
  await screen.findByRole('rowheader', { name: "Cohen's kappa, Ann – Ben" });
  await waitFor(() => expect(screen.queryByText(/Computing bootstrap intervals/)).toBeNull());
  const anonymise = screen.getByRole('checkbox', { name: 'Anonymise reviewers' });
  expect(anonymise).not.toBeChecked();
  await user.click(anonymise);
  // The bootstrap is recomputed on the page's thread in jsdom (no workers): seconds on a busy machine.
  expect(await screen.findByRole('rowheader', { name: "Cohen's kappa, Reviewer 1 – Reviewer 2" }, { timeout: 10_000 })).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText(/Computing bootstrap intervals/)).toBeNull(), { timeout: 10_000 });
  expect(screen.getByLabelText('What the report covers')).toHaveTextContent('Reviewer 1, Reviewer 2, Reviewer 3');
  const kappaFigure = screen.getByRole('img', { name: "Pairwise Cohen's kappa of the raters" });
  expect(kappaFigure).toHaveTextContent('Reviewer 3');
  expect(screen.getByLabelText('Methods paragraph')).toHaveTextContent(/Reviewer \d and Reviewer \d/);
  await user.click(screen.getByRole('button', { name: 'Export ratings (CSV)' }));
  const ratings = parseRatingsCsv(await blobs[0]!.text());
  expect([...new Set(ratings.rows.map((r) => r.raterId))]).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 3', 'LLM']);
  for (const name of ['Ann', 'Ben', 'Cy']) expect(document.body.textContent).not.toMatch(new RegExp(`\\b${name}\\b`));

  unmount();
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s1` });
  expect(await screen.findByRole('rowheader', { name: "Cohen's kappa, Reviewer 1 – Reviewer 2" }, { timeout: 10_000 })).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: 'Anonymise reviewers' })).toBeChecked();
});
