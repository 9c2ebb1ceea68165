import { errorFromData } from '../workers/backup-protocol';
import type { SyncMessage, SyncRequest, SyncResults } from '../workers/sync-protocol';
import { db } from './database';

type Changed = Extract<SyncMessage, { type: 'changed' }>;
interface Waiting {
  resolve: (result: never) => void;
  reject: (error: Error) => void;
  progress?: (fraction: number) => void;
}

const waiting = new Map<number, Waiting>();
const listeners = new Set<(change: Changed) => void>();
let nextId = 0;
let send: ((id: number, request: SyncRequest) => void) | null = null;

function receive(message: SyncMessage) {
  if (message.type === 'changed') {
    listeners.forEach((listener) => listener(message));
    return;
  }
  const call = waiting.get(message.id);
  if (message.type === 'progress') return call?.progress?.(message.fraction);
  waiting.delete(message.id);
  if (message.type === 'error') call?.reject(errorFromData(message.error));
  else call?.resolve(message.result as never);
}

/**
 * The one sync worker of this page, made on first use (a study that syncs), kept for the page's
 * life: it holds the live replications. Without workers (jsdom tests) the same engine runs
 * in-process, loaded lazily, so PouchDB never weighs on the first load.
 */
function connect(): (id: number, request: SyncRequest) => void {
  if (typeof Worker === 'undefined') {
    const engine = import('../workers/sync-tasks').then(({ createSyncEngine }) =>
      createSyncEngine({ db: db(), post: receive, origin: null, holdStudy: async () => () => undefined }),
    );
    return (id, request) => void engine.then((e) => e.handle(id, request));
  }
  const worker = new Worker(new URL('../workers/sync.worker.ts', import.meta.url), {
    type: 'module',
    name: 'concord-sync',
  });
  worker.onmessage = (event: MessageEvent<SyncMessage>) => receive(event.data);
  return (id, request) => worker.postMessage({ id, request });
}

export function runSyncRequest<T extends SyncRequest>(
  request: T,
  onProgress?: (fraction: number) => void,
): Promise<SyncResults[T['type']]> {
  send ??= connect();
  const id = nextId++;
  const post = send;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, progress: onProgress });
    post(id, request);
  });
}

/** Calls back whenever the worker changed a study's sync state or merged labels; returns the way to stop. */
export function onSyncChanged(listener: (change: Changed) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
