import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import { withWallClock } from '../../domain/formats/wall-clock';
import type { LlmRunId, StudyId, ThreadId } from '../../domain/ids';
import type { StoredThread, ThreadMeta } from '../../domain/threads/thread-meta';

/**
 * Every thread of a study without its text, in import order, from the study's page records.
 * Dates stored in the old UTC shape come back as wall-clock strings (withWallClock).
 */
export async function listThreadMeta(db: ConcordDatabase, studyId: StudyId): Promise<ThreadMeta[]> {
  const [lo, hi] = studyRange(studyId);
  const pages = await db.threadPages.where(':id').between(lo, hi, true, true).toArray();
  return pages.flatMap((p) => p.threads.map(withWallClock));
}

/** The number of thread pages a study has: the next import's first page number. */
export async function countThreadPages(db: ConcordDatabase, studyId: StudyId): Promise<number> {
  const [lo, hi] = studyRange(studyId);
  return db.threadPages.where(':id').between(lo, hi, true, true).count();
}

/** The ids of a study's threads, from the primary key alone (no records are read). */
export async function listThreadIds(db: ConcordDatabase, studyId: StudyId): Promise<ThreadId[]> {
  const [lo, hi] = studyRange(studyId);
  const keys = await db.threads.where(':id').between(lo, hi, true, true).primaryKeys();
  return keys.map((k) => k[1]);
}

export async function getThread(
  db: ConcordDatabase,
  studyId: StudyId,
  threadId: ThreadId,
): Promise<StoredThread | null> {
  const thread = await db.threads.get([studyId, threadId]);
  return thread ? withWallClock(thread) : null;
}

/** Iterates a study's threads in key order, a page at a time, for building a search index. */
export async function forEachThread(
  db: ConcordDatabase,
  studyId: StudyId,
  visit: (thread: StoredThread) => void,
  pageSize = 2000,
): Promise<void> {
  const [lo, hi] = studyRange(studyId);
  let lower: unknown = lo;
  let inclusive = true;
  for (;;) {
    const page = await db.threads.where(':id').between(lower, hi, inclusive, true).limit(pageSize).toArray();
    for (const t of page) visit(t);
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    lower = [last.studyId, last.threadId];
    inclusive = false;
  }
}

/** The labels of one LLM run as a map from thread id to label. */
export async function getLlmLabelMap(
  db: ConcordDatabase,
  studyId: StudyId,
  runId: LlmRunId,
): Promise<Map<ThreadId, string>> {
  const record = await db.llmLabels.get([studyId, runId]);
  return new Map(Object.entries(record?.labels ?? {}) as [ThreadId, string][]);
}
