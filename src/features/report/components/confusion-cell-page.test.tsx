// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Switch } from 'wouter';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase, importTestThreads } from '../../../../tests/support/database';
import { tabTo } from '../../../../tests/support/keyboard';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { saveDecision } from '../../../db/repos/decisions';
import { saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { setAnonymiseReviewers } from '../../../db/repos/studies';
import { asSampleId, asStudyId, asThreadId, type ReviewerId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { paths } from '../../../lib/paths';
import { ConfusionCellPage } from './confusion-cell-page';
import { ReportPage } from './report-page';

const E = 'Email & Document Writing';
const C = 'Coding';
const B = 'Brainstorming';
const O = 'Other';
// thread: [Ann, Ben, Cy], LLM. Gold: t1 E (unanimous), t2 E (majority accepted), t3 Other, t4 C, t5 B (adjudicated).
// Cells: (B, Other) t5 · (C, C) t4 · (E, C) t1 t2 · (Other, E) t3.
const LABELS: Record<string, [string[], string]> = {
  t1: [[E, E, E], C],
  t2: [[E, E, C], C],
  t3: [[O, O, O], E],
  t4: [[C, C, C], C],
  t5: [[E, B, C], O],
};

let db: ConcordDatabase;
let study: Study;
let reviewers: ReviewerId[];

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  const ids = Object.keys(LABELS);
  await importTestThreads(db, study.id, ids, (i) => ({ llmLabel: LABELS[ids[i]!]![1] }));
  reviewers = [];
  for (const name of ['Ann', 'Ben', 'Cy']) {
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
    threadIds: ids.map(asThreadId),
    reviewerIds: reviewers,
    codebookVersion: 1,
    manifest: {},
  });
  for (const [threadId, [labels]] of Object.entries(LABELS)) {
    for (let r = 0; r < 3; r++) {
      await saveRating(db, {
        studyId: study.id,
        sampleId,
        reviewerId: reviewers[r]!,
        threadId: asThreadId(threadId),
        label: labels[r]!,
        codebookVersion: 1,
        otherSuggestion: labels[r] === O ? `Parking ${r + 1}` : null,
        note: threadId === 't2' && r === 2 ? 'Reads like a macro' : null,
        flagged: threadId === 't2' && r === 2,
        durationMs: 1,
        updatedAt: '2026-01-03T00:00:00Z',
      });
    }
  }
  await saveDecision(db, {
    studyId: study.id,
    sampleId,
    threadId: asThreadId('t2'),
    finalLabel: E,
    method: 'majority',
    adjudicatorId: null,
    rationale: null,
    decidedBy: 'lead',
    decidedAt: '2026-01-04T00:00:00Z',
  });
  await saveDecision(db, {
    studyId: study.id,
    sampleId,
    threadId: asThreadId('t5'),
    finalLabel: B,
    method: 'adjudicated',
    adjudicatorId: reviewers[2]!,
    rationale: 'Ideas, not a draft',
    decidedBy: 'lead',
    decidedAt: '2026-01-04T00:00:00Z',
  });
});
afterEach(async () => {
  await db.delete();
});

function renderPages(path: string) {
  return renderApp(
    <Switch>
      <Route path={paths.report.pattern}>{(p) => <ReportPage studyId={asStudyId(p.studyId)} />}</Route>
      <Route path={paths.confusionCell.pattern}>{(p) => <ConfusionCellPage studyId={asStudyId(p.studyId)} />}</Route>
    </Switch>,
    { db, path },
  );
}

const threadHeading = () => screen.getByRole('heading', { level: 2, name: /^Thread / });
const goldLabel = () => screen.getAllByRole('definition')[0];

test(
  "from the report's matrix, by keyboard: a cell opens its threads, j/k move through them, ] and [ through the cells",
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup();
    const { location } = renderPages(`${paths.report.to(study.id, [asSampleId('s1')])}`);
    const cells = await screen.findByRole('list', { name: 'Threads behind each cell' });
    // Laid over the figure, not drawn in it: the downloaded SVG holds no link.
    expect(screen.getByRole('img', { name: /^Confusion matrix/ }).querySelector('a')).toBeNull();
    expect(
      within(cells)
        .getAllByRole('link')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual([
      `1 thread: gold ${B}, LLM ${O}`,
      `1 thread: gold ${C}, LLM ${C}`,
      `2 threads: gold ${E}, LLM ${C}`,
      `1 thread: gold ${O}, LLM ${E}`,
    ]);
    await tabTo(user, within(cells).getByRole('link', { name: `2 threads: gold ${E}, LLM ${C}` }));
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: `Gold ${E}, LLM ${C}` })).toBeInTheDocument();
    expect(location.history?.at(-1)).toContain('samples=s1');
    expect(threadHeading()).toHaveTextContent('Thread t1');
    expect(goldLabel()).toHaveTextContent(`${E} (Unanimous, final by itself)`);
    await user.keyboard('j');
    expect(await screen.findByRole('heading', { level: 2, name: 'Thread t2' })).toBeInTheDocument();
    expect(goldLabel()).toHaveTextContent(`${E} (Majority accepted, recorded by Lead)`);
    const votes = screen.getByRole('table', { name: "Reviewers' labels" });
    expect(within(votes).getByRole('row', { name: /^Cy/ })).toHaveTextContent(`Cy${C} (flagged)Reads like a macro`);
    await user.keyboard('j');
    expect(threadHeading()).toHaveTextContent('Thread t2');
    await user.keyboard('k');
    expect(await screen.findByRole('heading', { level: 2, name: 'Thread t1' })).toBeInTheDocument();

    await user.keyboard('t');
    expect(await screen.findByText('Prompt of t1')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('button', { name: 'Hide the thread text' })).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard(']');
    expect(await screen.findByRole('heading', { level: 1, name: `Gold ${O}, LLM ${E}` })).toBeInTheDocument();
    const suggestions = within(screen.getByRole('table', { name: "Reviewers' labels" }))
      .getAllByRole('row')
      .slice(1);
    expect(suggestions.map((r) => r.textContent)).toEqual([`Ann${O}Parking 1`, `Ben${O}Parking 2`, `Cy${O}Parking 3`]);
    await user.keyboard(']');
    expect(screen.getByRole('heading', { level: 1, name: `Gold ${O}, LLM ${E}` })).toBeInTheDocument();
    await user.keyboard('[[[[[[');
    expect(await screen.findByRole('heading', { level: 1, name: `Gold ${B}, LLM ${O}` })).toBeInTheDocument();
    expect(goldLabel()).toHaveTextContent(
      `${B} (Adjudicated (a named reviewer decided), recorded by Lead, adjudicator Cy)`,
    );
    expect(screen.getByText('Ideas, not a draft')).toBeInTheDocument();

    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['j', 'k', ']', '[', 't'])
      expect(within(help).getByRole('rowheader', { name: key })).toBeInTheDocument();
  },
);

test('anonymised, the reviewers and the adjudicator are Reviewer 1…n; the report link keeps the samples', async () => {
  await setAnonymiseReviewers(db, study.id, true, '2026-01-05T00:00:00Z');
  renderPages(paths.confusionCell.to(study.id, { gold: B, llm: O, samples: [asSampleId('s1')] }));
  const votes = await screen.findByRole('table', { name: "Reviewers' labels" });
  expect(
    within(votes)
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 3']);
  expect(goldLabel()).toHaveTextContent(/adjudicator Reviewer 3\)$/);
  expect(document.body).not.toHaveTextContent(/Ann|Ben|Cy\b/);
  expect(screen.getByRole('link', { name: 'Back to the report' })).toHaveAttribute(
    'href',
    paths.report.to(study.id, [asSampleId('s1')]),
  );
});

test('an empty cell says so', async () => {
  renderPages(paths.confusionCell.to(study.id, { gold: C, llm: E, samples: null }));
  expect(
    await screen.findByText(`No thread of these samples has the gold label ${C} and the LLM label ${E}.`),
  ).toBeInTheDocument();
});
