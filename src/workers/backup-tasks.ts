import type { ConcordDatabase } from '../db/database';
import { readStudyBackup, restoreStudyBackup } from '../db/repos/backup';
import { BackupFileError } from '../domain/backup/backup-file-error';
import { readStudyBackupText } from '../domain/backup/read-study-backup';
import { backupCounts, studyBackupParts } from '../domain/backup/study-backup';
import { PacketFileError } from '../domain/packets/packet-file-error';
import { decryptAgeFile, encryptWithPassphrase, isAgeFile } from './age-files';
import { errorToData, type BackupRequest, type BackupResponse } from './backup-protocol';

/**
 * Runs one request (in the backup worker, or on the page where there are no workers) and posts
 * its phases, then its result or its error as data.
 * - restore: the file read, checked in full (nothing is written if any record is wrong), then
 *   written in one transaction; refused with a `BackupFileError` listing the problems, or the
 *   repository's error when the study already exists.
 * - backup: every record of the study read in one transaction, serialised into a Blob in parts
 *   (a big study is tens of megabytes of JSON, never held as one string).
 */
export async function handleBackupRequest(
  db: ConcordDatabase,
  request: BackupRequest,
  post: (response: BackupResponse) => void,
): Promise<void> {
  try {
    if (request.type === 'restore') {
      post({ type: 'phase', phase: 'reading' });
      const text = await backupText(request.file, request.passphrase);
      post({ type: 'phase', phase: 'checking' });
      const { backup, problems } = readStudyBackupText(text);
      if (!backup) throw new BackupFileError(problems);
      post({ type: 'phase', phase: 'writing' });
      const counts = await restoreStudyBackup(db, backup);
      post({ type: 'restored', study: backup.study, counts });
    } else {
      const backup = await readStudyBackup(db, request.studyId, request.exportedAt);
      const json = new Blob(studyBackupParts(backup), { type: 'application/json' });
      // The study record holds its age secret key, so the lead may encrypt the whole file.
      const blob = request.passphrase
        ? new Blob([
            (await encryptWithPassphrase(
              new Uint8Array(await json.arrayBuffer()),
              request.passphrase,
            )) as Uint8Array<ArrayBuffer>,
          ])
        : json;
      post({ type: 'built', blob, exportedAt: backup.exportedAt, counts: backupCounts(backup) });
    }
  } catch (error) {
    post({ type: 'error', error: errorToData(error) });
  }
}

/** A backup file's JSON text: an age file (an encrypted backup) is decrypted with the passphrase first. */
async function backupText(file: Blob, passphrase: string | undefined): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isAgeFile(bytes)) return new TextDecoder().decode(bytes);
  if (!passphrase)
    throw new BackupFileError(['The backup is encrypted (an age file): give its passphrase to restore it.']);
  try {
    return new TextDecoder().decode(
      await decryptAgeFile((file as File).name ?? 'backup', bytes, 'passphrase', passphrase),
    );
  } catch (error) {
    throw error instanceof PacketFileError
      ? new BackupFileError([`The encrypted backup could not be opened: ${error.reason}.`])
      : error;
  }
}
