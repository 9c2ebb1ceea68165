import type { ConcordDatabase } from '../database';
import { STUDY_SCOPED_TABLES, studyRange } from '../database';
import type { StudyId } from '../../domain/ids';
import { asStudyId } from '../../domain/ids';
import type { Category } from '../../domain/codebook/codebook';
import type { Study, StudyAgeKeys, StudyRecordCounts } from '../../domain/study';
import { emptySummary } from '../../domain/study-summary';
import { deleteSyncState } from './sync-state';

export async function listStudies(db: ConcordDatabase): Promise<Study[]> {
  const studies = await db.studies.toArray();
  return studies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getStudy(db: ConcordDatabase, studyId: StudyId): Promise<Study | null> {
  return (await db.studies.get(studyId)) ?? null;
}

export interface NewStudy {
  name: string;
  now: string;
  categories: Category[];
  isDemo?: boolean;
  id?: StudyId;
  /** The study's age key pair (issue #10); without it one is made when a packet is first sent. */
  ageKeys?: StudyAgeKeys;
}

/** Creates a study with its first codebook version, in one transaction. */
export async function createStudy(db: ConcordDatabase, input: NewStudy): Promise<Study> {
  const name = input.name.trim();
  if (!name) throw new Error('A study needs a name.');
  const study: Study = {
    id: input.id ?? asStudyId(crypto.randomUUID()),
    name,
    createdAt: input.now,
    isDemo: input.isDemo ?? false,
    frequentUserThreshold: 5,
    summary: emptySummary(),
    ...(input.ageKeys ? { ageKeys: input.ageKeys } : {}),
  };
  await db.transaction('rw', [db.studies, db.codebooks, db.auditEvents], async () => {
    await db.studies.add(study);
    await db.codebooks.add({
      studyId: study.id,
      version: 1,
      categories: input.categories,
      createdAt: input.now,
      frozen: false,
    });
    await db.auditEvents.add({
      studyId: study.id,
      at: input.now,
      actor: 'lead',
      action: 'study.created',
      subject: study.id,
      from: null,
      to: name,
      why: null,
    });
  });
  return study;
}

/**
 * The lead's choice that the report and the exports show reviewers as Reviewer 1…n: stored on
 * the study with an audit event (`study.anonymise-reviewers`, from and to `true`/`false`), in
 * one transaction.
 */
export async function setAnonymiseReviewers(
  db: ConcordDatabase,
  studyId: StudyId,
  on: boolean,
  now: string,
): Promise<void> {
  await db.transaction('rw', [db.studies, db.auditEvents], async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`The study (id ${studyId}) is not in this browser, so the setting was not saved.`);
    await db.studies.update(studyId, { anonymiseReviewers: on });
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: 'study.anonymise-reviewers',
      subject: studyId,
      from: String(study.anonymiseReviewers ?? false),
      to: String(on),
      why: null,
    });
  });
}

/**
 * Deletes every record of a study, in one transaction, and says how many of each were removed;
 * its sync account and streams too (kept out of STUDY_SCOPED_TABLES, which a backup copies,
 * because the account holds a password), so a deleted study or reviewer workspace leaves no
 * credentials behind.
 */
export async function deleteStudy(db: ConcordDatabase, studyId: StudyId): Promise<StudyRecordCounts> {
  const tables = STUDY_SCOPED_TABLES.map((name) => db.table(name));
  return db.transaction('rw', [db.studies, db.auditEvents, db.syncAccounts, db.syncStreams, ...tables], async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`The study (id ${studyId}) is not in this browser: there is nothing to delete.`);
    const counts = { studies: 1 } as StudyRecordCounts;
    const [lo, hi] = studyRange(studyId);
    // LLM labels are stored a run per record; the user is told how many labels went.
    const runs = await db.llmRuns.where(':id').between(lo, hi, true, true).toArray();
    for (const name of STUDY_SCOPED_TABLES) {
      const range = db.table(name).where(':id').between(lo, hi, true, true);
      counts[name] = await range.count();
      await range.delete();
    }
    counts.llmLabels = runs.reduce((n, run) => n + Object.values(run.labelCounts).reduce((a, b) => a + b, 0), 0);
    counts.auditEvents = await db.auditEvents.where('studyId').equals(studyId).delete();
    await deleteSyncState(db, studyId);
    await db.studies.delete(studyId);
    return counts;
  });
}
