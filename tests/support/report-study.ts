// The report page's study: eight threads, three reviewers, an LLM run and two decisions, shared by its test files.
import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { createPilotStudy, freshDatabase, saveTestRating } from './database';
import type { ConcordDatabase } from '../../src/db/database';
import { saveDecision } from '../../src/db/repos/decisions';
import { importLlmLabels } from '../../src/db/repos/llm-labels';
import { addReviewer } from '../../src/db/repos/reviewers';
import { createSample } from '../../src/db/repos/samples';
import { asSampleId, asThreadId, type ReviewerId, type SampleId } from '../../src/domain/ids';
import type { Study } from '../../src/domain/study';

export const E = 'Email & Document Writing';
export const C = 'Coding';
export const B = 'Brainstorming';
// thread: [Ann, Ben, Cy, LLM]
export const LABELS: Record<string, [string, string, string, string]> = {
  t1: [E, E, E, E],
  t2: [E, E, C, E],
  t3: [C, C, C, C],
  t4: [C, B, B, B],
  t5: [B, B, B, E],
  t6: [E, C, B, C],
  t7: [E, E, E, E],
  t8: [B, B, C, B],
};

export let db: ConcordDatabase;
export let study: Study;
export let reviewers: ReviewerId[];
export const sampleId: SampleId = asSampleId('s1');

/** Run before each test: a fresh database holding the study. */
export async function seedReportStudy() {
  db = freshDatabase();
  study = await createPilotStudy(db);
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
  const threadIds = Object.keys(LABELS).map(asThreadId);
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot',
    createdAt: '2026-01-02T00:00:00Z',
    seed: 42,
    threadIds,
    reviewerIds: reviewers,
    codebookVersion: 1,
    manifest: {},
  });
  for (const [threadId, labels] of Object.entries(LABELS)) {
    for (let r = 0; r < 3; r++) {
      await saveTestRating(db, {
        studyId: study.id,
        sampleId,
        reviewerId: reviewers[r]!,
        threadId: asThreadId(threadId),
        label: labels[r]!,
      });
    }
  }
  await importLlmLabels(db, {
    studyId: study.id,
    model: 'gpt-4o',
    source: 'llm.csv',
    now: '2026-01-02T00:00:00Z',
    labels: Object.entries(LABELS).map(([threadId, l]) => ({ threadId: asThreadId(threadId), label: l[3] })),
  });
  for (const [threadId, finalLabel, method] of [
    ['t2', E, 'majority'],
    ['t6', C, 'consensus'],
  ] as const) {
    await saveDecision(db, {
      studyId: study.id,
      sampleId,
      threadId: asThreadId(threadId),
      finalLabel,
      method,
      adjudicatorId: null,
      rationale: null,
      decidedBy: 'lead',
      decidedAt: '2026-01-04T00:00:00Z',
    });
  }
}

export async function deleteReportStudy() {
  vi.restoreAllMocks();
  await db.delete();
}

export const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
export const cells = (name: string) =>
  within(rowOf(name))
    .getAllByRole('cell')
    .map((c) => c.textContent);
