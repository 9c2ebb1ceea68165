import type { StudyId } from '../domain/ids';
import { SearchEngine } from '../workers/search-engine';
import type { SearchRequest, SearchResponse } from '../workers/search-protocol';
import { db } from './database';

let worker: Worker | null = null;
let inProcess: SearchEngine | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (ids: string[]) => void; reject: (e: Error) => void }>();

function searchWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'concord-search' });
  worker.onmessage = ({ data }: MessageEvent<SearchResponse>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.ids);
  };
  return worker;
}

/**
 * Thread ids whose text matches the query. The text index lives in a worker (built once per
 * study and generation) so 52 MB of text never blocks the page; in-process where there are no
 * workers (jsdom tests).
 */
export function searchThreads(studyId: StudyId, generation: number, query: string): Promise<string[]> {
  if (typeof Worker === 'undefined') {
    inProcess ??= new SearchEngine(db());
    return inProcess.search(studyId, generation, query);
  }
  const id = nextId++;
  const request: SearchRequest = { id, studyId, generation, query };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    searchWorker().postMessage(request);
  });
}
