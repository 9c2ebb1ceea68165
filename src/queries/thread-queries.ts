import { queryOptions } from '@tanstack/react-query';
import { getLlmLabelMap, getThread, listThreadMeta } from '../db/repos/threads';
import type { LlmRunId, StudyId, ThreadId } from '../domain/ids';
import { db } from './database';
import { searchThreads } from './search-client';

export const threadQueries = {
  all: () => ['threads'] as const,
  lists: () => [...threadQueries.all(), 'list'] as const,
  list: (studyId: StudyId) =>
    queryOptions({ queryKey: [...threadQueries.lists(), { studyId }], queryFn: () => listThreadMeta(db(), studyId) }),
  detail: (studyId: StudyId, threadId: ThreadId) =>
    queryOptions({
      queryKey: [...threadQueries.all(), 'detail', { studyId, threadId }],
      queryFn: async () => {
        const thread = await getThread(db(), studyId, threadId);
        return thread ? { meta: thread, turns: thread.turns } : null;
      },
    }),
  llmLabels: (studyId: StudyId, runId: LlmRunId) =>
    queryOptions({
      queryKey: [...threadQueries.all(), 'llmLabels', { studyId, runId }],
      queryFn: () => getLlmLabelMap(db(), studyId, runId),
    }),
};

/** Full-text search; `generation` (the study's thread count) makes an import rebuild the index. */
export const threadSearchQuery = (studyId: StudyId, generation: number, query: string) =>
  queryOptions({
    queryKey: [...threadQueries.all(), 'search', { studyId, generation, query }],
    queryFn: async () => new Set(await searchThreads(studyId, generation, query)),
    enabled: query.trim() !== '',
  });
