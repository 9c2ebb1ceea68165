// The decisions page's study: five threads with three reviewers' votes, shared by its test files.
import { screen, within } from '@testing-library/react';
import { createPilotStudy, freshDatabase, importTestThreads, saveTestRating } from './database';
import { renderApp } from './render-app';
import { paths } from '../../src/lib/paths';
import type { ConcordDatabase } from '../../src/db/database';
import { listAuditEvents } from '../../src/db/repos/decisions';
import { addReviewer } from '../../src/db/repos/reviewers';
import { createSample } from '../../src/db/repos/samples';
import { asSampleId, asThreadId } from '../../src/domain/ids';
import type { Reviewer } from '../../src/domain/reviewer';
import type { Study } from '../../src/domain/study';
import { DecisionsPage } from '../../src/features/decisions/components/decisions-page';
export const sampleId = asSampleId('s1');
export const NOW = '2026-01-02T00:00:00Z';
// In sample order: t2 majority, t3 and t5 full disagreements, t1 unanimous, t4 incomplete.
const VOTES: Record<string, (string | null)[]> = {
  t1: ['Coding', 'Coding', 'Coding'],
  t2: ['Coding', 'Coding', 'Brainstorming'],
  t3: ['Coding', 'Brainstorming', 'Text Manipulation'],
  t4: ['Coding', 'Coding', null],
  t5: ['Email & Document Writing', 'Coding', 'Brainstorming'],
};
const LLM: Record<string, string> = {
  t1: 'Coding',
  t2: 'Coding',
  t3: 'Text Manipulation',
  t4: 'Brainstorming',
  t5: 'Coding',
};

export let db: ConcordDatabase;
export let study: Study;
export let alice: Reviewer;
export let dana: Reviewer;

/** Run before each test: a fresh database holding the study. */
export async function seedDecisionsStudy() {
  db = freshDatabase();
  study = await createPilotStudy(db);
  const add = (name: string, role: Reviewer['role'] = 'reviewer') =>
    addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role, now: NOW });
  alice = await add('Alice');
  const reviewers = [alice, await add('Bob'), await add('Carol')];
  dana = await add('Dana', 'lead');
  const ids = Object.keys(VOTES);
  await importTestThreads(db, study.id, ids, (i) => ({ llmLabel: LLM[ids[i]!]! }));
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ids.map(asThreadId),
    reviewerIds: reviewers.map((r) => r.reviewerId),
    codebookVersion: 1,
    manifest: {},
  });
  for (const [threadId, labels] of Object.entries(VOTES)) {
    for (const [i, label] of labels.entries()) {
      if (!label) continue;
      await saveTestRating(db, {
        studyId: study.id,
        sampleId,
        reviewerId: reviewers[i]!.reviewerId,
        threadId: asThreadId(threadId),
        label,
        note: i === 0 ? `Note of ${threadId}` : null,
        flagged: i === 1,
        updatedAt: NOW,
      });
    }
  }
}

export const deleteDecisionsStudy = () => db.delete();

export const renderDecisions = (search = '') =>
  renderApp(<DecisionsPage studyId={study.id} sampleId={sampleId} />, {
    db,
    path: `${paths.decide.to(study.id, sampleId)}${search}`,
  });

export const queueIds = async (count: number) => {
  const list = await screen.findByRole('listbox', { name: `Queue (${count})` });
  return within(list)
    .getAllByRole('option')
    .map((o) => o.getAttribute('aria-label')!.split(':')[0]);
};

export const decisionEvents = async () =>
  (await listAuditEvents(db, study.id)).filter((e) => e.action.startsWith('decision.'));
