import { useMutation } from '@tanstack/react-query';
import { listAuditEvents } from '../db/repos/decisions';
import { listReviewers } from '../db/repos/reviewers';
import { listSamples } from '../db/repos/samples';
import { getStudy, setAnonymiseReviewers } from '../db/repos/studies';
import { getThreads } from '../db/repos/thread-texts';
import type { RatingRow } from '../domain/agreement/ratings-matrix';
import { goldTable, type GoldTable } from '../domain/exports/gold-file';
import { reviewerAliases, shownGold } from '../domain/exports/reviewer-aliases';
import type { SampleId, StudyId, ThreadId } from '../domain/ids';
import type { AuditEvent } from '../domain/audit-event';
import type { Sample } from '../domain/sampling/sample';
import type { Study } from '../domain/study';
import { threadText } from '../domain/threads/thread';
import type { BackupCounts, RestorePhase } from '../workers/backup-protocol';
import { sampleGoldRatingRows } from './agreement-queries';
import { runBackupRequest } from './backup-channel';
import { db } from './database';
import { readSampleGold, type SampleGold } from './sample-gold';
import { agreementQueries } from './agreement-queries';
import { studyQueries } from './study-queries';

// Exports read fresh data when the lead asks for a file, so they are loaders, not cached queries.

/** A sample's gold data with its reviewers as the files name them (aliases when anonymised). */
async function readShownGold(studyId: StudyId, sampleId: SampleId): Promise<SampleGold> {
  const [gold, samples] = await Promise.all([readSampleGold(studyId, sampleId), listSamples(db(), studyId)]);
  return shownGold(gold, samples);
}

/** The gold-standard table of a sample (see `goldTable`), with the thread texts if asked for. */
export async function readGoldExport(
  studyId: StudyId,
  sampleId: SampleId,
  includeText: boolean,
): Promise<{ study: Study; sample: Sample; table: GoldTable }> {
  const gold = await readShownGold(studyId, sampleId);
  let texts: Map<ThreadId, string> | null = null;
  if (includeText) {
    const threads = await getThreads(db(), studyId, gold.sample.threadIds);
    texts = new Map(threads.map((t) => [t.threadId, threadText(t.turns)]));
  }
  return { study: gold.study, sample: gold.sample, table: goldTable(gold, texts) };
}

/** A sample's ratings in long format with the LLM as rater, reviewers as the files name them. */
export async function readRatingsExport(studyId: StudyId, sampleId: SampleId): Promise<RatingRow[]> {
  return sampleGoldRatingRows(await readShownGold(studyId, sampleId));
}

/** A study's audit events, oldest first, and reviewer id → name (alias when anonymised). */
export async function readAuditExport(
  studyId: StudyId,
): Promise<{ study: Study; events: AuditEvent[]; names: Map<string, string> }> {
  const [study, events, reviewers, samples] = await Promise.all([
    getStudy(db(), studyId),
    listAuditEvents(db(), studyId),
    listReviewers(db(), studyId),
    listSamples(db(), studyId),
  ]);
  if (!study) throw new Error(`readAuditExport: no study ${studyId}`);
  const names: Map<string, string> = study.anonymiseReviewers
    ? reviewerAliases(reviewers, samples)
    : new Map(reviewers.map((r) => [r.reviewerId, r.name]));
  return { study, events, names };
}

/**
 * The study's "anonymise reviewers" switch: its state (the stored setting, or the one being
 * saved) and the handler that stores a change, for the report and the exports alike.
 */
export function useAnonymiseReviewers(studyId: StudyId, stored: boolean | undefined) {
  const save = useSetAnonymiseReviewers();
  return {
    checked: save.isPending ? save.variables.on : (stored ?? false),
    saving: save.isPending,
    error: save.error,
    onChange: (on: boolean) => save.mutate({ studyId, on }),
  };
}

/** Turns on or off Reviewer 1…n in place of names, for the study's report and exports alike. */
function useSetAnonymiseReviewers() {
  return useMutation({
    // The study record and every report (under 'agreement') show the names.
    meta: { invalidates: [studyQueries.all(), agreementQueries.all()] },
    mutationFn: ({ studyId, on }: { studyId: StudyId; on: boolean }) =>
      setAnonymiseReviewers(db(), studyId, on, new Date().toISOString()),
  });
}

export { BackupFileError } from '../domain/backup/backup-file-error';
export type { RestorePhase };

/**
 * The backup file of a study: every record, read in one transaction and serialised in the
 * backup worker (seconds of work on a big study), with the time it was made and its counts;
 * with a passphrase, encrypted as an age file (the study record holds its secret key).
 */
export async function readBackupExport(
  studyId: StudyId,
  passphrase?: string,
): Promise<{ blob: Blob; exportedAt: string; counts: BackupCounts }> {
  const built = await runBackupRequest({
    type: 'backup',
    studyId,
    exportedAt: new Date().toISOString(),
    ...(passphrase ? { passphrase } : {}),
  });
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
    mutationFn: async ({
      file,
      onPhase,
      passphrase,
    }: {
      file: Blob;
      onPhase?: (phase: RestorePhase) => void;
      passphrase?: string;
    }) => {
      const restored = await runBackupRequest(
        { type: 'restore', file, ...(passphrase ? { passphrase } : {}) },
        onPhase,
      );
      if (restored.type !== 'restored') throw new Error(`useRestoreStudy: unexpected answer ${restored.type}`);
      return { study: restored.study, counts: restored.counts };
    },
  });
}
