import { BackupFileError } from '../domain/backup/backup-file-error';
import type { backupCounts } from '../domain/backup/study-backup';
import type { StudyId } from '../domain/ids';
import type { Study } from '../domain/study';

/**
 * What the backup worker is given: a file to restore, or a study to back up (at `exportedAt`);
 * with a passphrase, the backup is written as (and a restore reads) an age file.
 */
export type BackupRequest =
  | { type: 'restore'; file: Blob; passphrase?: string }
  | { type: 'backup'; studyId: StudyId; exportedAt: string; passphrase?: string };

export type RestorePhase = 'reading' | 'checking' | 'writing';
export type BackupCounts = ReturnType<typeof backupCounts>;

/** An error as plain data: only strings cross postMessage, so the page rebuilds the error. */
export interface ErrorData {
  name: string;
  message: string;
  problems?: string[];
}

export type BackupResponse =
  | { type: 'phase'; phase: RestorePhase }
  | { type: 'restored'; study: Study; counts: BackupCounts }
  | { type: 'built'; blob: Blob; exportedAt: string; counts: BackupCounts }
  | { type: 'error'; error: ErrorData };

export function errorToData(error: unknown): ErrorData {
  if (error instanceof BackupFileError) return { name: error.name, message: error.message, problems: error.problems };
  const e = error instanceof Error ? error : new Error(String(error));
  // Dexie wraps the browser's error: the quota case must reach the user by its own name.
  return { name: (e as { inner?: Error }).inner?.name ?? e.name, message: e.message };
}

export function errorFromData(data: ErrorData): Error {
  if (data.problems) return new BackupFileError(data.problems);
  return Object.assign(new Error(data.message), { name: data.name });
}
