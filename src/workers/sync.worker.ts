/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import type { SyncRequest } from './sync-protocol';
import { createSyncEngine } from './sync-tasks';

// Replication, decryption and merging of label events run here, so the lead's page stays free
// while fifty reviewers' events arrive. One tab replicates at a time (a Web Lock held for the
// worker's life); the others' workers still answer open and provision requests.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const mayReplicate = new Promise<void>((granted) => {
  void navigator.locks.request('concord-sync', () => {
    granted();
    return new Promise<never>(() => {});
  });
});
const engine = createSyncEngine({
  db: getDatabase(),
  post: (message) => scope.postMessage(message),
  origin: scope.location.origin,
  mayReplicate,
});
scope.onmessage = (event: MessageEvent<{ id: number; request: SyncRequest }>) =>
  void engine.handle(event.data.id, event.data.request);
