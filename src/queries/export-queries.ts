import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readStudyBackup, restoreStudyBackup } from '../db/repos/backup';
import { listAuditEvents } from '../db/repos/decisions';
import { listReviewers } from '../db/repos/reviewers';
import { getStudy } from '../db/repos/studies';
import { getThreads } from '../db/repos/thread-texts';
import { readStudyBackupText } from '../domain/backup/read-study-backup';
import type { StudyBackup } from '../domain/backup/study-backup';
import { goldTable, type GoldTable } from '../domain/exports/gold-file';
import type { SampleId, StudyId, ThreadId } from '../domain/ids';
import type { AuditEvent, Sample, Study } from '../domain/study';
import { threadText } from '../domain/thread';
import { db } from './database';
import { readSampleGold } from './decision-queries';

// Exports read fresh data when the lead asks for a file, so they are loaders, not cached queries.

/** The gold-standard table of a sample (see `goldTable`), with the thread texts if asked for. */
export async function readGoldExport(
  studyId: StudyId, sampleId: SampleId, includeText: boolean,
): Promise<{ study: Study; sample: Sample; table: GoldTable }> {
  const gold = await readSampleGold(studyId, sampleId);
  let texts: Map<ThreadId, string> | null = null;
  if (includeText) {
    const threads = await getThreads(db(), studyId, gold.sample.threadIds);
    texts = new Map(threads.map((t) => [t.threadId, threadText(t.turns)]));
  }
  return { study: gold.study, sample: gold.sample, table: goldTable(gold, texts) };
}

/** A study's audit events, oldest first, and the names of the reviewers who acted. */
export async function readAuditExport(studyId: StudyId): Promise<{ study: Study; events: AuditEvent[]; actorNames: Map<string, string> }> {
  const [study, events, reviewers] = await Promise.all([getStudy(db(), studyId), listAuditEvents(db(), studyId), listReviewers(db(), studyId)]);
  if (!study) throw new Error(`readAuditExport: no study ${studyId}`);
  return { study, events, actorNames: new Map(reviewers.map((r) => [r.reviewerId as string, r.name])) };
}

/** Every record of a study, for the backup file. */
export function readBackupExport(studyId: StudyId): Promise<StudyBackup> {
  return readStudyBackup(db(), studyId, new Date().toISOString());
}

export type RestorePhase = 'reading' | 'checking' | 'writing';

/** Why a backup file was refused: every problem found, in words. */
export class BackupFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The backup file was refused: ${problems[0] ?? 'unknown problem'}`);
    this.name = 'BackupFileError';
  }
}

/**
 * Restores a study from a backup file: read, checked in full (nothing is written if any record
 * is wrong), then written in one transaction. Refused with a `BackupFileError` listing the
 * problems, or the repository's error when the study already exists.
 */
export function useRestoreStudy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, onPhase }: { file: Blob; onPhase?: (phase: RestorePhase) => void }) => {
      onPhase?.('reading');
      const text = await file.text();
      onPhase?.('checking');
      const { backup, problems } = readStudyBackupText(text);
      if (!backup) throw new BackupFileError(problems);
      onPhase?.('writing');
      const counts = await restoreStudyBackup(db(), backup);
      return { study: backup.study, counts };
    },
    // A new study: lists change, and any view cached while the id was unknown must reload.
    onSuccess: () => client.invalidateQueries(),
  });
}
