// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  C,
  captureDownloads,
  cells,
  db,
  deleteReportStudy,
  E,
  reviewers,
  seedReportStudy,
  study,
} from '../../../../tests/support/report-study';
import { renderApp } from '../../../../tests/support/render-app';
import { saveRating } from '../../../db/repos/ratings';
import { createSample } from '../../../db/repos/samples';
import { parseRatingsCsv } from '../../../domain/agreement/ratings-csv';
import { asSampleId, asThreadId } from '../../../domain/ids';
import { ReportPage } from './report-page';

beforeEach(seedReportStudy);
afterEach(deleteReportStudy);

test('per-category statistics on fewer than 10 threads are marked "few items"; the note says how intervals are bounded', async () => {
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s1` });
  const perCategory = await screen.findByRole('table', { name: 'Agreement per category' });
  // Coding was given on t2, t3, t4, t6 and t8.
  const coding = within(perCategory).getByRole('rowheader', { name: C }).closest('tr')!;
  expect(within(coding).getAllByRole('cell').at(-1)).toHaveTextContent('8few items (used on 5)');
  const llm = screen.getByRole('table', { name: 'The LLM against the gold labels, per category' });
  const llmCoding = within(llm).getByRole('rowheader', { name: C }).closest('tr')!;
  expect(within(llmCoding).getAllByRole('cell').at(-1)).toHaveTextContent('few items');
  expect(screen.getByRole('table', { name: 'Agreement among the reviewers' })).toHaveTextContent(
    'Wald for kappas (truncated to −1 and 1',
  );
});

test('a sample whose threads each have 2 of the 3 reviewers says why Fleiss covers no thread', async () => {
  const pairs = [
    [0, 1],
    [1, 2],
    [0, 2],
  ];
  const threadIds = ['p1', 'p2', 'p3'].map(asThreadId);
  await createSample(db, {
    studyId: study.id,
    sampleId: asSampleId('s3'),
    name: 'Pairs',
    createdAt: '2026-02-02T00:00:00Z',
    seed: 3,
    threadIds,
    reviewerIds: reviewers,
    codebookVersion: 1,
    manifest: {},
  });
  for (const [i, threadId] of threadIds.entries()) {
    for (const r of pairs[i]!) {
      await saveRating(db, {
        studyId: study.id,
        sampleId: asSampleId('s3'),
        reviewerId: reviewers[r]!,
        threadId,
        label: i === 0 ? C : E,
        codebookVersion: 1,
        otherSuggestion: null,
        note: null,
        flagged: false,
        durationMs: 1,
        updatedAt: '2026-02-03T00:00:00Z',
      });
    }
  }
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s3` });
  await screen.findByRole('rowheader', { name: "Fleiss' kappa" });
  const why =
    'each item was rated by at most 2 of the 3 raters, and this statistic uses only items rated by all of them';
  expect(cells("Fleiss' kappa")[0]).toContain(`undefined (no item was rated by every rater: ${why}`);
  expect(screen.queryByRole('table', { name: 'Agreement per category' })).toBeNull();
  expect(
    screen.getByText(
      /^Agreement per category: Fleiss' kappa of each category is undefined: no item was rated by every rater/,
    ),
  ).toBeInTheDocument();
  expect(cells("Krippendorff's alpha")[0]).toMatch(/^-?\d\.\d{3}$/);
  expect(screen.getByLabelText('Methods paragraph')).toHaveTextContent(
    '0 of 3 threads were labeled independently by all 3 reviewers, the rest by 2, blind',
  );
});

test('a sample nobody has labeled yet: the methods paragraph says there is nothing to report', async () => {
  await createSample(db, {
    studyId: study.id,
    sampleId: asSampleId('s4'),
    name: 'Fresh',
    createdAt: '2026-02-02T00:00:00Z',
    seed: 4,
    threadIds: ['t1', 't2'].map(asThreadId),
    reviewerIds: reviewers,
    codebookVersion: 1,
    manifest: {},
  });
  renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report?samples=s4` });
  const methods = await screen.findByLabelText('Methods paragraph');
  expect(methods).toHaveTextContent(/No reviewer has labeled any of the 2 threads yet: there is nothing to report\.$/);
  expect(methods.textContent).not.toMatch(/undefined/);
});

test(
  'anonymise reviewers: the headline, tables, figure, methods and files show Reviewer 1…n, and the choice is stored',
  { timeout: 30_000 },
  async () => {
    const blobs = captureDownloads();
    const user = userEvent.setup();
    const { unmount } = renderApp(<ReportPage studyId={study.id} />, {
      db,
      path: `/studies/${study.id}/report?samples=s1`,
    });
    await screen.findByRole('rowheader', { name: "Cohen's kappa, Ann – Ben" });
    await waitFor(() => expect(screen.queryByText(/Computing bootstrap intervals/)).toBeNull());
    const anonymise = screen.getByRole('checkbox', { name: 'Anonymise reviewers' });
    expect(anonymise).not.toBeChecked();
    await user.click(anonymise);
    // The bootstrap is recomputed on the page's thread in jsdom (no workers): seconds on a busy machine.
    expect(
      await screen.findByRole('rowheader', { name: "Cohen's kappa, Reviewer 1 – Reviewer 2" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
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
    expect(
      await screen.findByRole('rowheader', { name: "Cohen's kappa, Reviewer 1 – Reviewer 2" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Anonymise reviewers' })).toBeChecked();
  },
);
