import { runOneShotWorker } from '../lib/one-shot-worker';
import { errorFromData, type BackupRequest, type BackupResponse, type RestorePhase } from '../workers/backup-protocol';
import { db } from './database';

type Result = Exclude<BackupResponse, { type: 'phase' } | { type: 'error' }>;

/**
 * Runs one backup request in a fresh backup worker, ended once it answers. Where there are no
 * workers (jsdom tests) the same code runs in-process, loaded lazily so zod and the schema never
 * weigh on the page's own bundle. Errors come back as data and are rebuilt here.
 */
export function runBackupRequest(request: BackupRequest, onPhase?: (phase: RestorePhase) => void): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const receive = (response: BackupResponse) => {
      if (response.type === 'phase') onPhase?.(response.phase);
      else if (response.type === 'error') reject(errorFromData(response.error));
      else resolve(response);
    };
    if (typeof Worker === 'undefined') {
      import('../workers/backup-tasks').then(
        ({ handleBackupRequest }) => handleBackupRequest(db(), request, receive),
        reject,
      );
      return;
    }
    runOneShotWorker<BackupRequest, BackupResponse>({
      makeWorker: () =>
        new Worker(new URL('../workers/backup.worker.ts', import.meta.url), { type: 'module', name: 'concord-backup' }),
      request,
      isLast: (r) => r.type !== 'phase',
      receive,
      fail: reject,
      failMessage: 'The backup worker failed.',
    });
  });
}
