import type { ConcordDatabase } from '../db/database';
import { getSyncAccount } from '../db/repos/sync-state';
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
  /**
   * Resolves, once granted, with the way to give up this context's right to replicate one study
   * (one tab at a time per study: a Web Lock); rejects when `signal` aborts first.
   */
  holdStudy: (studyId: StudyId, signal: AbortSignal) => Promise<() => void>;
}

// The request succeeded; a replication that fails to restart is reported by the page's next `follow`.
const ignore = () => undefined;

interface Followed {
  studyId: StudyId;
  abort: AbortController;
  release?: () => void;
  running?: { key: string; stop: () => void };
}

/**
 * The sync worker's state: the replication of the one study the page has open (a reviewer
 * workspace's outbox or a lead study's inbox), started on `follow`, restarted when its account
 * changes (a sample provisioned), stopped when the page leaves the study; and the requests that
 * open a packet from a server or provision a sample.
 */
export function createSyncEngine({ db, post, origin, holdStudy }: SyncEngineOptions) {
  const host: StreamHost = {
    db,
    now: () => new Date().toISOString(),
    changed: throttleByStudy((studyId, ratings) => post({ type: 'changed', studyId, ratings })),
  };
  let followed: Followed | null = null;
  // Restarts run one at a time, so a study never gets two replications.
  let serial: Promise<unknown> = Promise.resolve();

  const restart = async (f: Followed) => {
    if (followed !== f || !f.release) return;
    const account = await getSyncAccount(db, f.studyId);
    const key = JSON.stringify(account);
    if (followed !== f || f.running?.key === key) return;
    f.running?.stop();
    f.running = undefined;
    if (!account) return;
    const stop = account.role === 'lead' ? startInbox(host, account) : await startOutbox(host, account);
    if (followed === f) f.running = { key, stop };
    else stop();
  };
  const refresh = () => {
    const f = followed;
    const restarted = serial.then(() => f && restart(f));
    // A failed start is the caller's to report; the next restart still runs.
    serial = restarted.catch(() => undefined);
    return restarted.then(() => null);
  };
  const leave = () => {
    const f = followed;
    followed = null;
    if (!f) return;
    f.abort.abort();
    f.running?.stop();
    f.release?.();
  };

  const follow = async (studyId: StudyId | null) => {
    if (followed?.studyId === studyId) return refresh();
    leave();
    if (studyId === null) return null;
    const f: Followed = { studyId, abort: new AbortController() };
    followed = f;
    try {
      f.release = await holdStudy(studyId, f.abort.signal);
    } catch (error) {
      if (f.abort.signal.aborted) return null;
      throw error;
    }
    if (followed !== f) f.release();
    return refresh();
  };

  const run = async (request: SyncRequest, progress: (fraction: number) => void) => {
    switch (request.type) {
      case 'follow':
        return follow(request.studyId);
      case 'open-from-server': {
        const opened = await openFromServer(db, request, origin);
        void refresh().catch(ignore);
        return opened;
      }
      case 'provision': {
        const provisioned = await provisionReviewers(db, request, progress);
        void refresh().catch(ignore);
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
    stop: leave,
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
