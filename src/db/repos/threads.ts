import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { LlmRunId, StudyId, ThreadId } from '../../domain/ids';
import type { ThreadMeta, ThreadText } from '../../domain/study';

/** Every thread of a study without its text, in import order. */
export async function listThreadMeta(db: ConcordDatabase, studyId: StudyId): Promise<ThreadMeta[]> {
  const [lo, hi] = studyRange(studyId);
  const rows = await db.threads.where(':id').between(lo, hi, true, true).toArray();
  return rows.sort((a, b) => a.ordinal - b.ordinal);
}

/** The ids of a study's threads, from the primary key alone (no records are read). */
export async function listThreadIds(db: ConcordDatabase, studyId: StudyId): Promise<ThreadId[]> {
  const [lo, hi] = studyRange(studyId);
  const keys = await db.threads.where(':id').between(lo, hi, true, true).primaryKeys();
  return keys.map((k) => k[1]);
}

export async function getThreadText(db: ConcordDatabase, studyId: StudyId, threadId: ThreadId): Promise<ThreadText | null> {
  return (await db.threadTexts.get([studyId, threadId])) ?? null;
}

export async function getThreadMeta(db: ConcordDatabase, studyId: StudyId, threadId: ThreadId): Promise<ThreadMeta | null> {
  return (await db.threads.get([studyId, threadId])) ?? null;
}

/** Iterates a study's thread texts in key order, a page at a time, for building a search index. */
export async function forEachThreadText(
  db: ConcordDatabase,
  studyId: StudyId,
  visit: (text: ThreadText) => void,
  pageSize = 2000,
): Promise<void> {
  const [lo, hi] = studyRange(studyId);
  let lower: unknown = lo;
  let inclusive = true;
  for (;;) {
    const page = await db.threadTexts.where(':id').between(lower, hi, inclusive, true).limit(pageSize).toArray();
    for (const t of page) visit(t);
    if (page.length < pageSize) return;
    const last = page[page.length - 1]!;
    lower = [last.studyId, last.threadId];
    inclusive = false;
  }
}

/** The labels of one LLM run as a map from thread id to label. */
export async function getLlmLabelMap(db: ConcordDatabase, studyId: StudyId, runId: LlmRunId): Promise<Map<ThreadId, string>> {
  const record = await db.llmLabels.get([studyId, runId]);
  return new Map(Object.entries(record?.labels ?? {}) as [ThreadId, string][]);
}
