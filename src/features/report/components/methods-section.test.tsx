// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase, importTestThreads, saveTestRating } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { listThreadMeta } from '../../../db/repos/threads';
import { correctedSharesSentence } from '../../../domain/corpus/corrected-shares-sentence';
import { populationShares } from '../../../domain/corpus/population-shares';
import { asSampleId, type ReviewerId, type ThreadId } from '../../../domain/ids';
import { drawSample } from '../../../domain/sampling/draw-sample';
import { buildManifest } from '../../../domain/sampling/sample-manifest';
import type { SampleSettings, StratifyBy } from '../../../domain/sampling/sample-settings';
import type { Study } from '../../../domain/study';
import { ReportPage } from './report-page';

const NOW = '2026-01-02T00:00:00Z';
const [C, B] = ['Coding', 'Brainstorming'];
// Twelve threads in two departments; the LLM says Coding for t1–t8 and Brainstorming after, but
// the reviewers (unanimous, so their label is the gold label) call every third thread Brainstorming.
const IDS = Array.from({ length: 12 }, (_, i) => `t${i + 1}`);
const llmOf = (i: number) => (i < 8 ? C : B);
const goldOf = (id: string) => (Number(id.slice(1)) % 3 === 0 ? B : C);

let db: ConcordDatabase;
let study: Study;

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  await importTestThreads(db, study.id, IDS, (i) => ({
    llmLabel: llmOf(i),
    department: i % 2 === 0 ? 'IT' : 'Oncology',
  }));
});
afterEach(async () => {
  await db.delete();
});

/** Draws an 8-thread sample as the draw form does (manifest included); both reviewers label every thread alike. */
async function drawAndLabel(stratifyBy: StratifyBy): Promise<ThreadId[]> {
  const reviewerIds: ReviewerId[] = [];
  for (const name of ['Ana', 'Ben']) {
    reviewerIds.push(
      (await addReviewer(db, { studyId: study.id, name, initials: name, role: 'reviewer', now: NOW })).reviewerId,
    );
  }
  const settings: SampleSettings = {
    size: 8,
    seed: 7,
    frequentOnly: false,
    frequentThreshold: 5,
    departments: null,
    roles: null,
    dateFrom: null,
    dateTo: null,
    llmLabels: null,
    includePreviouslySampled: false,
    stratifyBy,
    allocation: 'proportional',
  };
  const threads = await listThreadMeta(db, study.id);
  const draw = drawSample(
    { threads, userThreadCounts: study.summary.byUser, llmLabelOf: null, previouslySampled: new Set() },
    settings,
  );
  const sampleId = asSampleId('s1');
  const manifest = buildManifest(draw, settings, {
    studyId: study.id,
    sampleId,
    name: 'Pilot',
    reviewerIds,
    codebookVersion: 1,
    createdAt: NOW,
    llmRun: null,
  });
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot',
    createdAt: NOW,
    seed: 7,
    threadIds: draw.threadIds,
    reviewerIds,
    codebookVersion: 1,
    manifest,
  });
  for (const reviewerId of reviewerIds) {
    for (const threadId of draw.threadIds) {
      await saveTestRating(db, { studyId: study.id, sampleId, reviewerId, threadId, label: goldOf(threadId) });
    }
  }
  return draw.threadIds;
}

const methodsText = async () => {
  const paragraph = await screen.findByLabelText('Methods paragraph', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByText(/Correcting the category shares/)).toBeNull(), { timeout: 10_000 });
  return paragraph.textContent!;
};

test(
  "the methods paragraph ends with the shares corrected by the sample's gold labels, as the dashboard computes them",
  { timeout: 30_000 },
  async () => {
    const sampled = await drawAndLabel('none');
    renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
    const text = await methodsText();
    const labels = new Map<string, string | null>(IDS.map((id, i) => [id, llmOf(i)]));
    const shares = populationShares(labels, new Map(sampled.map((id) => [id, goldOf(id)])), { draws: 10_000, seed: 1 });
    const sentence = correctedSharesSentence(shares, 'every thread', ['Pilot']);
    expect(sentence).toMatch(
      /^Category shares of the LLM's labels over 12 labeled threads \(every thread\) .* on 8 adjudicated gold labels \(Pilot\), with 95% intervals from 10000 seeded Dirichlet draws \(seed 1\): Coding 66\.7% → /,
    );
    expect(text.endsWith(` ${sentence}`)).toBe(true);
  },
);

test(
  'a sample stratified by department does not correct the shares, and the paragraph says why',
  { timeout: 30_000 },
  async () => {
    await drawAndLabel('department');
    renderApp(<ReportPage studyId={study.id} />, { db, path: `/studies/${study.id}/report` });
    expect(await methodsText()).toMatch(
      /Category shares were not corrected for the LLM's errors: Pilot: the gold sample was stratified by department, .*stratified by LLM label\.$/,
    );
  },
);
