import type { Table } from 'dexie';
import type { ConcordDatabase } from '../database';
import { STUDY_SCOPED_TABLES, studyRange, type StudyScopedTable } from '../database';
import type { StudyId } from '../../domain/ids';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupCounts,
  type StudyBackup,
  type StudyBackupTables,
} from '../../domain/backup/study-backup';

// Every study-scoped table is in a backup: adding a table to the schema without adding it to
// the backup fails to compile here.
type Covered = StudyScopedTable extends keyof StudyBackupTables ? true : never;
const covered: Covered = true;
void covered;

const tablesOf = (db: ConcordDatabase) => [
  db.studies,
  db.auditEvents,
  ...STUDY_SCOPED_TABLES.map((name) => db.table(name)),
];

/**
 * Every record of a study, read in one transaction so the backup is one consistent moment:
 * the study record, each study-scoped table's key range, and the audit events in `seq` order
 * (without `seq`). Throws when there is no such study.
 */
export async function readStudyBackup(db: ConcordDatabase, studyId: StudyId, now: string): Promise<StudyBackup> {
  return db.transaction('r', tablesOf(db), async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`readStudyBackup: no study with id ${studyId}`);
    const [lo, hi] = studyRange(studyId);
    const all = <T, K>(table: Table<T, K>) => table.where(':id').between(lo, hi, true, true).toArray();
    const [
      threads,
      threadPages,
      llmRuns,
      llmLabels,
      codebooks,
      reviewers,
      samples,
      ratings,
      pendingAnnotations,
      decisions,
      sentPackets,
      labelsReceipts,
      audit,
    ] = await Promise.all([
      all(db.threads),
      all(db.threadPages),
      all(db.llmRuns),
      all(db.llmLabels),
      all(db.codebooks),
      all(db.reviewers),
      all(db.samples),
      all(db.ratings),
      all(db.pendingAnnotations),
      all(db.decisions),
      all(db.sentPackets),
      all(db.labelsReceipts),
      db.auditEvents.where('studyId').equals(studyId).sortBy('seq'),
    ]);
    const auditEvents = audit.map(({ seq: _seq, ...event }) => event);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      study,
      tables: {
        threads,
        threadPages,
        llmRuns,
        llmLabels,
        codebooks,
        reviewers,
        samples,
        ratings,
        pendingAnnotations,
        decisions,
        sentPackets,
        labelsReceipts,
        auditEvents,
      },
    };
  });
}

/**
 * Writes every record of a backup (checked by `parseStudyBackup`) in one transaction: all of
 * them or, on any failure, none. Refuses a study whose id this browser already holds (delete it
 * first): a restore never mixes two copies. Audit events are appended in the backup's order and
 * numbered by this browser. Returns how many records of each table were written.
 */
export async function restoreStudyBackup(
  db: ConcordDatabase,
  backup: StudyBackup,
): Promise<Record<keyof StudyBackupTables, number>> {
  const { study, tables } = backup;
  await db.transaction('rw', tablesOf(db), async () => {
    const existing = await db.studies.get(study.id);
    if (existing) {
      throw new Error(
        `This browser already has the study “${existing.name}” (id ${study.id}). Delete it before restoring this backup; nothing was restored.`,
      );
    }
    await db.studies.add(study);
    await Promise.all([
      db.threads.bulkAdd(tables.threads),
      db.threadPages.bulkAdd(tables.threadPages),
      db.llmRuns.bulkAdd(tables.llmRuns),
      db.llmLabels.bulkAdd(tables.llmLabels),
      db.codebooks.bulkAdd(tables.codebooks),
      db.reviewers.bulkAdd(tables.reviewers),
      db.samples.bulkAdd(tables.samples),
      db.ratings.bulkAdd(tables.ratings),
      db.pendingAnnotations.bulkAdd(tables.pendingAnnotations),
      db.decisions.bulkAdd(tables.decisions),
      db.sentPackets.bulkAdd(tables.sentPackets),
      db.labelsReceipts.bulkAdd(tables.labelsReceipts),
      // A `seq` from the file would clash with this browser's own events: numbered anew, in order.
      db.auditEvents.bulkAdd(
        tables.auditEvents.map((e) => {
          const { seq: _seq, ...event } = e as typeof e & { seq?: number };
          return event;
        }),
      ),
    ]);
  });
  return backupCounts(backup);
}
