import { useMutation } from '@tanstack/react-query';
import { listAuditEvents } from '../db/repos/decisions';
import { listReviewers } from '../db/repos/reviewers';
import { getStudy } from '../db/repos/studies';
import { getThreads } from '../db/repos/thread-texts';
import { goldTable, type GoldTable } from '../domain/exports/gold-file';
import type { SampleId, StudyId, ThreadId } from '../domain/ids';
import type { AuditEvent } from '../domain/audit-event';
import type { Sample } from '../domain/sampling/sample';
import type { Study } from '../domain/study';
import { threadText } from '../domain/threads/thread';
import type { BackupCounts, RestorePhase } from '../workers/backup-protocol';
import { runBackupRequest } from './backup-channel';
import { db } from './database';
import { readSampleGold } from './sample-gold';

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

export { BackupFileError } from '../domain/backup/backup-file-error';
export type { RestorePhase };

/**
 * The backup file of a study: every record, read in one transaction and serialised in the
 * backup worker (seconds of work on a big study), with the time it was made and its counts.
 */
export async function readBackupExport(studyId: StudyId): Promise<{ blob: Blob; exportedAt: string; counts: BackupCounts }> {
  const built = await runBackupRequest({ type: 'backup', studyId, exportedAt: new Date().toISOString() });
  if (built.type !== 'built') throw new Error(`readBackupExport: unexpected answer ${built.type}`);
  return built;
}

/**
 * Restores a study from a backup file, in the backup worker: read, checked in full (nothing is
 * written if any record is wrong), then written in one transaction. Refused with a
 * `BackupFileError` listing the problems, or the repository's error when the study already exists.
 */
export function useRestoreStudy() {
  return useMutation({
    // A new study: lists change, and any view cached while the id was unknown must reload.
    meta: { invalidates: 'everything' },
    mutationFn: async ({ file, onPhase }: { file: Blob; onPhase?: (phase: RestorePhase) => void }) => {
      const restored = await runBackupRequest({ type: 'restore', file }, onPhase);
      if (restored.type !== 'restored') throw new Error(`useRestoreStudy: unexpected answer ${restored.type}`);
      return { study: restored.study, counts: restored.counts };
    },
  });
}
