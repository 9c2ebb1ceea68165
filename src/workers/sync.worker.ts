/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import type { StudyId } from '../domain/ids';
import type { SyncRequest } from './sync-protocol';
import { createSyncEngine } from './sync-tasks';

// Replication, decryption and merging of label events run here, so the lead's page stays free
// while fifty reviewers' events arrive. A study replicates in one tab at a time (a Web Lock per
// study, held while that tab has it open); other tabs' workers still answer open and provision
// requests, and take over when the holder leaves the study or closes.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const holdStudy = (studyId: StudyId, signal: AbortSignal) =>
  new Promise<() => void>((granted, refused) => {
    navigator.locks
      .request(`concord-sync-${studyId}`, { signal }, () => new Promise<void>((release) => granted(release)))
      .catch(refused);
  });
const engine = createSyncEngine({
  db: getDatabase(),
  post: (message) => scope.postMessage(message),
  origin: scope.location.origin,
  holdStudy,
});
scope.onmessage = (event: MessageEvent<{ id: number; request: SyncRequest }>) =>
  void engine.handle(event.data.id, event.data.request);
