import type { ImportRequest, ImportResponse } from '../domain/formats/import-protocol';
import { db } from './database';

export interface ImportChannel {
  send(request: ImportRequest): void;
  /** Ends the worker at once: a write under way aborts with its transaction. */
  terminate(): void;
}

/**
 * A channel to a fresh import worker. Where there are no workers (jsdom tests) the same session
 * runs in-process, so component tests exercise the real parsing, validation and writes; it is
 * loaded lazily so the parsers never weigh on the page's own bundle.
 */
export function openImportChannel(onMessage: (response: ImportResponse) => void): ImportChannel {
  if (typeof Worker === 'undefined') return openInProcessChannel(onMessage);
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'concord-import',
  });
  worker.onmessage = (event: MessageEvent<ImportResponse>) => onMessage(event.data);
  worker.onerror = (event) =>
    onMessage({ type: 'error', name: 'WorkerError', message: event.message || 'The import worker failed.' });
  return { send: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}

function openInProcessChannel(onMessage: (response: ImportResponse) => void): ImportChannel {
  let alive = true;
  const post = (r: ImportResponse) => {
    if (alive) onMessage(r);
  };
  const ready = Promise.all([import('../workers/import-session'), import('../workers/import-dispatch')]).then(
    ([{ ImportSession }, { dispatchImportRequest }]) => ({
      session: new ImportSession(db(), post, () => new Date().toISOString()),
      dispatch: dispatchImportRequest,
    }),
  );
  let queue: Promise<void> = Promise.resolve();
  return {
    // Requests run one after another, as a worker's messages would.
    send: (request) => {
      queue = queue.then(async () => {
        const { session, dispatch } = await ready;
        if (request.type === 'cancel') session.cancel();
        else await dispatch(session, request, post);
      });
    },
    terminate: () => {
      alive = false;
      void ready.then(({ session }) => session.cancel());
    },
  };
}
