/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import { serveRpc } from '../lib/worker-rpc';
import { SearchEngine } from './search-engine';
import type { SearchRequest } from './search-protocol';

const engine = new SearchEngine(getDatabase());
serveRpc(self as unknown as DedicatedWorkerGlobalScope, (r: SearchRequest) =>
  engine.search(r.studyId, r.generation, r.query),
);
