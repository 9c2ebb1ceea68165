import type { ConcordDatabase } from '../db/database';
import { listSyncAccounts, type SyncAccount } from '../db/repos/sync-state';
import type { StudyId } from '../domain/ids';
import { errorToData } from './backup-protocol';
import { startInbox } from './sync-inbox';
import { openFromServer } from './sync-open';
import { startOutbox, type StreamHost } from './sync-outbox';
import type { SyncMessage, SyncRequest, SyncResults } from './sync-protocol';
import { provisionReviewers } from './sync-provision';

export interface SyncEngineOptions {
  db: ConcordDatabase;
  post: (message: SyncMessage) => void;
  /** This page's origin: a reviewer database must be on it (null in Node tests). */
  origin: string | null;
  /** Resolves once this context may replicate (one tab at a time: a Web Lock). */
  mayReplicate: Promise<void>;
}

/**
 * The sync worker's state: one replication per stored account (a reviewer workspace's outbox or a
 * lead study's inbox), started on `start` and restarted when the account changes, and the
 * requests that open a packet from a server or provision a sample.
 */
export function createSyncEngine({ db, post, origin, mayReplicate }: SyncEngineOptions) {
  const running = new Map<StudyId, { key: string; stop: () => void }>();
  const host: StreamHost = {
    db,
    now: () => new Date().toISOString(),
    changed: throttleByStudy((studyId, ratings) => post({ type: 'changed', studyId, ratings })),
  };

  const replicate = async (account: SyncAccount) => {
    const key = JSON.stringify(account);
    if (running.get(account.studyId)?.key === key) return;
    running.get(account.studyId)?.stop();
    const stop = account.role === 'lead' ? startInbox(host, account) : await startOutbox(host, account);
    running.set(account.studyId, { key, stop });
  };

  const start = async () => {
    await mayReplicate;
    for (const account of await listSyncAccounts(db)) await replicate(account);
    return null;
  };

  const run = async (request: SyncRequest, progress: (fraction: number) => void) => {
    switch (request.type) {
      case 'start':
        return start();
      case 'open-from-server': {
        const opened = await openFromServer(db, request, origin);
        void start();
        return opened;
      }
      case 'provision': {
        const provisioned = await provisionReviewers(db, request, progress);
        void start();
        return provisioned;
      }
    }
  };

  return {
    async handle(id: number, request: SyncRequest): Promise<void> {
      try {
        const result: SyncResults[SyncRequest['type']] = await run(request, (fraction) =>
          post({ type: 'progress', id, fraction }),
        );
        post({ type: 'result', id, result });
      } catch (error) {
        post({ type: 'error', id, error: errorToData(error) });
      }
    },
    stop() {
      for (const { stop } of running.values()) stop();
      running.clear();
    },
  };
}

// Fifty reviewers' events arrive in bursts: the page refetches at most every 300 ms per study.
function throttleByStudy(send: (studyId: StudyId, ratings: boolean) => void) {
  const pending = new Map<StudyId, boolean>();
  return (studyId: StudyId, ratings: boolean) => {
    if (pending.has(studyId)) {
      pending.set(studyId, pending.get(studyId)! || ratings);
      return;
    }
    pending.set(studyId, ratings);
    setTimeout(() => {
      const any = pending.get(studyId) ?? ratings;
      pending.delete(studyId);
      send(studyId, any);
    }, 300);
  };
}
