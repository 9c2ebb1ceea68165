// A study with a record of every kind, for the backup tests and benchmark.
import { createPilotStudy } from './database';
import { asSampleId, asThreadId, type StudyId } from '../../src/domain/ids';
import type { Rating } from '../../src/domain/rating';
import type { Study } from '../../src/domain/study';
import type { ThreadInput } from '../../src/domain/threads/thread';
import { STUDY_SCOPED_TABLES, studyRange, type ConcordDatabase } from '../../src/db/database';
import { saveCodebookEdit } from '../../src/db/repos/codebooks';
import { reopenDecision, saveDecision } from '../../src/db/repos/decisions';
import { importThreads } from '../../src/db/repos/import-threads';
import { importLlmLabels } from '../../src/db/repos/llm-labels';
import { annotateThread, saveRating } from '../../src/db/repos/ratings';
import { addReviewer } from '../../src/db/repos/reviewers';
import { createSample, setRevealLlmAfterDone } from '../../src/db/repos/samples';

export const NOW = '2026-03-01T00:00:00.000Z';
export const thread = (id: string, turns: string[], label: string | null): ThreadInput => ({
  threadId: asThreadId(id),
  turns,
  userId: `u-${id}`,
  department: 'Radiology',
  role: 'Nurse',
  createdAt: '2025-06-01T08:00:00Z',
  llmLabel: label,
  sourceRow: 2,
});

/** A study with every kind of record: threads (one over a spreadsheet cell), two LLM runs, two
 * codebook versions, four reviewers, a sample, ratings with notes, flags and an Other
 * suggestion, a note and flag before a label, decisions (one adjudicated, one reopened) and their
 * audit trail. */
export async function buildRichStudy(db: ConcordDatabase): Promise<Study> {
  const study = await createPilotStudy(db);
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 'threads.csv',
    now: NOW,
    threads: [
      thread('t1', ['Draft a letter to "Dr. Ng", please', 'Shorter.'], 'Email & Document Writing'),
      thread('t2', ['=HYPERLINK("x")', 'Ünïcödé 😀 text'], 'Coding'),
      thread('t3', ['x'.repeat(40_000)], null),
      thread('t4', ['What is the dose of amoxicillin?'], 'Answer Medical Knowledge Questions'),
    ],
  });
  await importLlmLabels(db, {
    studyId: study.id,
    model: 'gpt-4o-refined',
    source: 'labels.csv',
    now: NOW,
    labels: [{ threadId: asThreadId('t3'), label: 'Other' }],
  });
  const [ana, ben, cy, dee] = await Promise.all(
    ['Ana', 'Ben', 'Cy', 'Dee'].map((name, i) =>
      addReviewer(db, {
        studyId: study.id,
        name,
        initials: name.slice(0, 2),
        role: i === 3 ? 'lead' : 'reviewer',
        now: NOW,
      }),
    ),
  );
  const sampleId = asSampleId('sample-1');
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 42,
    threadIds: ['t1', 't2', 't3', 't4'].map(asThreadId),
    reviewerIds: [ana!.reviewerId, ben!.reviewerId, cy!.reviewerId],
    codebookVersion: 1,
    manifest: { seed: 42, filters: { frequentOnly: false } },
  });
  const rate = (r: typeof ana, threadId: string, label: string, extra: Partial<Rating> = {}) =>
    saveRating(db, {
      studyId: study.id,
      sampleId,
      reviewerId: r!.reviewerId,
      threadId: asThreadId(threadId),
      label,
      codebookVersion: 1,
      otherSuggestion: null,
      note: null,
      flagged: false,
      durationMs: 1500,
      updatedAt: NOW,
      ...extra,
    });
  for (const r of [ana, ben, cy]) await rate(r, 't1', 'Email & Document Writing');
  await rate(ana, 't2', 'Coding', { note: 'formula-looking text', flagged: true });
  await rate(ben, 't2', 'Coding');
  await rate(cy, 't2', 'Other', { otherSuggestion: 'Spreadsheet help' });
  await rate(ana, 't3', 'Other', { otherSuggestion: 'Badge printing' });
  await rate(ben, 't3', 'Coding');
  await rate(cy, 't3', 'Brainstorming');
  await rate(cy, 't3', 'Text Manipulation', { updatedAt: '2026-03-02T00:00:00Z' });
  await rate(ana, 't4', 'Answer Medical Knowledge Questions');
  await db.sentPackets.add({
    studyId: study.id,
    packetId: 'packet-1',
    sampleId,
    reviewerId: ana!.reviewerId,
    sentAt: NOW,
    sha256: 'f'.repeat(64),
    threadIds: ['t1', 't2'].map(asThreadId),
    codebookVersion: 1,
    includesMetadata: false,
  });
  await db.labelsReceipts.add({
    studyId: study.id,
    packetId: 'packet-1',
    sampleId,
    reviewerId: ana!.reviewerId,
    lastFileAt: NOW,
    lastFileSha256: 'e'.repeat(64),
    importedAt: NOW,
    delivered: { t1: NOW },
    eventCount: 3,
  });
  await annotateThread(
    db,
    { studyId: study.id, sampleId, reviewerId: ben!.reviewerId, threadId: asThreadId('t4') },
    { note: 'read before labeling', flagged: true },
    NOW,
  );
  const v1 = (await db.codebooks.get([study.id, 1]))!;
  await saveCodebookEdit(
    db,
    {
      kind: 'new-version',
      version: { ...v1, version: 2, categories: v1.categories.slice(1), createdAt: NOW, frozen: false },
    },
    'Merged a category',
  );
  const decided = { studyId: study.id, sampleId, decidedAt: '2026-03-03T00:00:00Z' };
  await saveDecision(db, {
    ...decided,
    threadId: asThreadId('t2'),
    finalLabel: 'Coding',
    method: 'majority',
    adjudicatorId: null,
    rationale: null,
    decidedBy: 'lead',
  });
  await saveDecision(db, {
    ...decided,
    threadId: asThreadId('t3'),
    finalLabel: 'Other',
    method: 'adjudicated',
    adjudicatorId: dee!.reviewerId,
    rationale: 'Badge printing is not in the codebook',
    decidedBy: dee!.reviewerId,
  });
  await saveDecision(db, {
    ...decided,
    threadId: asThreadId('t1'),
    finalLabel: 'Coding',
    method: 'consensus',
    adjudicatorId: null,
    rationale: null,
    decidedBy: 'lead',
  });
  await reopenDecision(
    db,
    { studyId: study.id, sampleId, threadId: asThreadId('t1') },
    { actor: 'lead', at: NOW, why: 'Mistake' },
  );
  await setRevealLlmAfterDone(db, study.id, sampleId, true, NOW);
  return study;
}

/** Every record of a study, table by table; audit events in `seq` order. */
export async function dump(db: ConcordDatabase, studyId: StudyId) {
  const [lo, hi] = studyRange(studyId);
  const tables: Record<string, unknown[]> = {};
  for (const name of STUDY_SCOPED_TABLES)
    tables[name] = await db.table(name).where(':id').between(lo, hi, true, true).toArray();
  const audit = await db.auditEvents.where('studyId').equals(studyId).sortBy('seq');
  return { study: await db.studies.get(studyId), tables, audit };
}
