// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { importTestThreads, saveTestRating } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { saveDecision } from '../../../db/repos/decisions';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample, listSamples } from '../../../db/repos/samples';
import { computeAgreementReport } from '../../../domain/agreement/agreement-report';
import { ratingsMatrixFromRows } from '../../../domain/agreement/ratings-matrix';
import { asSampleId, asThreadId } from '../../../domain/ids';
import { DrawSampleForm } from './draw-sample-form';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../../tests/support/pilot-study';

const NOW = '2026-01-02T00:00:00Z';
const [C, B, E] = ['Coding', 'Brainstorming', 'Email & Document Writing'];
// thread i: Ana's label, Ben's label, the LLM's label. t4 and t7 are decided (consensus) as C and B,
// so the gold labels are C C C C B B B E E E and the LLM is right on 8 of the 10 (not t3, t7).
const ANA = [C, C, C, C, B, B, B, E, E, E];
const BEN = [C, C, C, B, B, B, E, E, E, E];
const LLM = [C, C, B, C, B, B, E, E, E, E];
const Z = 1.959963984540054;

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

async function labelTenThreads() {
  const ids = ANA.map((_, i) => `t${i + 1}`);
  await importTestThreads(db, study.id, ids, (i) => ({ llmLabel: LLM[i]! }));
  const reviewers = [];
  for (const name of ['Ana', 'Ben'])
    reviewers.push(await addReviewer(db, { studyId: study.id, name, initials: name, role: 'reviewer', now: NOW }));
  const sampleId = asSampleId('s1');
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Sample 1',
    createdAt: NOW,
    seed: 1,
    threadIds: ids.map(asThreadId),
    reviewerIds: reviewers.map((r) => r.reviewerId),
    codebookVersion: 1,
    manifest: {},
  });
  for (const [r, labels] of [ANA, BEN].entries()) {
    for (const [i, label] of labels.entries()) {
      await saveTestRating(db, {
        studyId: study.id,
        sampleId,
        reviewerId: reviewers[r]!.reviewerId,
        threadId: asThreadId(ids[i]!),
        label,
      });
    }
  }
  for (const [threadId, finalLabel] of [
    ['t4', C],
    ['t7', B],
  ] as const) {
    await saveDecision(db, {
      studyId: study.id,
      sampleId,
      threadId: asThreadId(threadId),
      finalLabel,
      method: 'consensus',
      adjudicatorId: null,
      rationale: null,
      decidedBy: 'lead',
      decidedAt: NOW,
    });
  }
}

// Wilson's half-width z/(n + z²)·√(n·p(1 − p) + z²/4), written out again here, and the smallest n
// that reaches a target found by counting up (sample-size.ts bisects).
const wilson = (p: number, n: number) => (Z / (n + Z * Z)) * Math.sqrt(n * p * (1 - p) + (Z * Z) / 4);
const firstN = (p: number, target: number) => {
  let n = 1;
  while (wilson(p, n) > target) n += 1;
  return n;
};

const rowOf = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr')!);
const accuracyRow = () => rowOf("The LLM's accuracy against the gold labels");
const kappaRow = () => rowOf("Fleiss' kappa among the reviewers");
const texts = (row: ReturnType<typeof rowOf>) => row.getAllByRole('cell').map((c) => c.textContent);

test('from the labeled sample: each half-width now, the threads that reach the target, and how many more', async () => {
  await labelTenThreads();
  const user = userEvent.setup();
  let read = 0;
  const counting = <T,>(row: T) => {
    read += 1;
    return row;
  };
  db.ratings.hook('reading', counting);
  renderApp(<DrawSampleForm study={study} sampleCount={1} />, { db });
  // Closed, the panel runs no report: not one rating is read.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(read).toBe(0);
  await user.click(screen.getByText('How many to label'));
  await screen.findByText('From the 1 labeled sample so far, as the report computes them.');

  // By hand: p = 0.8, n = 10, z² = 3.8415: 1.96/13.8415 · √(1.6 + 0.9604) = 0.2266; at ±0.05, n = 245.
  expect(wilson(0.8, 10)).toBeCloseTo(0.22658, 4);
  expect(firstN(0.8, 0.05)).toBe(245);
  expect(texts(accuracyRow())).toEqual(['±0.227 on 10 gold threads', '', '245 gold threads', '235 moreUse as size']);
  expect(read).toBeGreaterThan(0);
  db.ratings.hook('reading').unsubscribe(counting);

  const se = computeAgreementReport(
    ratingsMatrixFromRows(
      ANA.flatMap((a, i) => [
        { itemId: `t${i + 1}`, raterId: 'Ana', label: a },
        { itemId: `t${i + 1}`, raterId: 'Ben', label: BEN[i]! },
      ]),
    ),
  ).fleiss.se!;
  const kappaNeeded = Math.ceil(10 * ((Z * se) / 0.1) ** 2);
  expect(texts(kappaRow())).toEqual([
    `±${(Z * se).toFixed(3)} on 10 threads labeled by every reviewer`,
    '',
    `${kappaNeeded.toLocaleString('en-US')} threads labeled by every reviewer`,
    `${(kappaNeeded - 10).toLocaleString('en-US')} moreUse as size`,
  ]);

  // A size the filters allow, so an Enter that submitted the form would draw a sample.
  const size = screen.getByRole('spinbutton', { name: 'Size (threads)' });
  await user.clear(size);
  await user.type(size, '5');
  await user.click(screen.getByRole('checkbox', { name: 'Include threads of earlier samples' }));
  expect(screen.getByRole('button', { name: 'Draw sample' })).toBeEnabled();
  const target = screen.getByRole('spinbutton', { name: "Target half-width for the LLM's accuracy" });
  await user.clear(target);
  await user.type(target, '0.1{Enter}');
  expect(firstN(0.8, 0.1)).toBe(60);
  expect(texts(accuracyRow())).toEqual(['±0.227 on 10 gold threads', '', '60 gold threads', '50 moreUse as size']);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await listSamples(db, study.id)).toHaveLength(1);
  await user.click(
    screen.getByRole('button', { name: "Use as size: 50 threads, for The LLM's accuracy against the gold labels" }),
  );
  expect(screen.getByRole('spinbutton', { name: 'Size (threads)' })).toHaveValue(50);

  await user.clear(target);
  await user.type(target, '0.5');
  expect(texts(accuracyRow())).toEqual(['—', '', 'No plan: the target must be more than 0 and less than 0.5.']);
});

test('nothing labeled yet: the accuracy is planned at 0.5, said so, and the kappa waits for labels', async () => {
  await importTestThreads(db, study.id, ['t1', 't2']);
  renderApp(<DrawSampleForm study={study} sampleCount={0} />, { db });
  await userEvent.click(screen.getByText('How many to label'));
  expect(
    await screen.findByText(/^Nothing is labeled yet, so these are plans: the LLM's accuracy is planned at 0\.5/),
  ).toBeInTheDocument();
  // By hand at p = 0.5: 1.96/(n + 3.84)·√(n/4 + 0.96) ≤ 0.05 first at n = 381 (380 gives 0.05004).
  expect(wilson(0.5, 380)).toBeGreaterThan(0.05);
  expect(wilson(0.5, 381)).toBeLessThanOrEqual(0.05);
  expect(texts(accuracyRow())).toEqual(['none yet', '', '381 gold threads', '381 moreUse as size']);
  expect(texts(kappaRow())[2]).toMatch(
    /^No plan: nothing is labeled yet: its standard error, and so the threads it needs, is known once/,
  );
});
