/// <reference lib="webworker" />
import { getDatabase } from '../db/database';
import { SearchEngine } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = new SearchEngine(getDatabase());

scope.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
  let response: SearchResponse;
  try {
    response = { id: data.id, ids: await engine.search(data.studyId, data.generation, data.query) };
  } catch (error) {
    response = { id: data.id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
