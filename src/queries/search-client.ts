import type { StudyId } from '../domain/ids';
import { createWorkerRpc } from '../lib/worker-rpc';
import { SearchEngine } from '../workers/search-engine';
import type { SearchRequest } from '../workers/search-protocol';
import { db } from './database';

const inWorker = createWorkerRpc<SearchRequest, string[]>(
  () => new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'concord-search' }),
);
// Keyed by database: each test opens a fresh one, and an engine keeps the database it was given.
let inProcess: { database: ReturnType<typeof db>; engine: SearchEngine } | null = null;

/**
 * Thread ids whose text matches the query. The text index lives in a worker (built once per
 * study and generation) so 52 MB of text never blocks the page; in-process where there are no
 * workers (jsdom tests).
 */
export function searchThreads(studyId: StudyId, generation: number, query: string): Promise<string[]> {
  if (typeof Worker === 'undefined') {
    const database = db();
    if (inProcess?.database !== database) inProcess = { database, engine: new SearchEngine(database) };
    return inProcess.engine.search(studyId, generation, query);
  }
  return inWorker({ studyId, generation, query });
}
