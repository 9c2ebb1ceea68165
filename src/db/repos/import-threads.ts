import type { ConcordDatabase } from '../database';
import { asLlmRunId, type LlmRunId, type StudyId } from '../../domain/ids';
import type { StoredThread, ThreadMeta } from '../../domain/threads/thread-meta';
import { updateSummary } from '../../domain/study-summary';
import type { ThreadInput } from '../../domain/threads/thread';
import { toStoredThread } from '../../domain/threads/thread-meta';
import { countThreadPages } from './threads';

export interface ThreadImport {
  studyId: StudyId;
  threads: readonly ThreadInput[];
  /** The model whose labels came in a column of the threads file; null when there were none. */
  llmModel: string | null;
  source: string;
  now: string;
}

export interface ThreadImportResult {
  threads: number;
  llmLabels: number;
  runId: LlmRunId | null;
}

/**
 * Stores validated threads (and their LLM labels) in one transaction: all of them or none.
 * A thread id already in the study aborts the whole import (ConstraintError), so a second tab
 * importing the same file at once cannot half-write. Each chunk is also one page of metadata for
 * the lists; the chunks are all queued at once so IndexedDB never waits for the next one (bench/import-bench.ts).
 * `onProgress` may throw to cancel: the transaction then aborts and nothing is stored.
 */
export async function importThreads(
  db: ConcordDatabase,
  input: ThreadImport,
  onProgress?: (done: number, total: number) => void,
  chunkSize = 2000,
): Promise<ThreadImportResult> {
  const { studyId, threads, now } = input;
  const withLabels = input.llmModel !== null && threads.some((t) => t.llmLabel !== null);
  const runId = withLabels ? asLlmRunId(crypto.randomUUID()) : null;
  return db.transaction(
    'rw',
    [db.studies, db.threads, db.threadPages, db.llmRuns, db.llmLabels, db.auditEvents],
    async () => {
      const study = await db.studies.get(studyId);
      if (!study) throw new Error(`importThreads: no study with id ${studyId}`);
      const firstPage = await countThreadPages(db, studyId);
      const metas: ThreadMeta[] = new Array(threads.length);
      const labels: Record<string, string> = {};
      const labelCounts: Record<string, number> = {};
      let labelCount = 0;
      const writes: Promise<unknown>[] = [];
      let written = 0;
      for (let start = 0; start < threads.length; start += chunkSize) {
        const end = Math.min(start + chunkSize, threads.length);
        const stored: StoredThread[] = [];
        for (let i = start; i < end; i++) {
          const t = threads[i]!;
          const { meta, thread } = toStoredThread(studyId, t, study.summary.threadCount + i);
          metas[i] = meta;
          stored.push(thread);
          if (runId && t.llmLabel !== null) {
            labels[t.threadId] = t.llmLabel;
            labelCounts[t.llmLabel] = (labelCounts[t.llmLabel] ?? 0) + 1;
            labelCount++;
          }
        }
        writes.push(
          Promise.all([
            db.threads.bulkAdd(stored),
            db.threadPages.add({ studyId, page: firstPage + start / chunkSize, threads: metas.slice(start, end) }),
          ]).then(() => {
            written += end - start;
            onProgress?.(written, threads.length);
          }),
        );
      }
      await Promise.all(writes);
      if (runId && input.llmModel !== null) {
        await db.llmRuns.add({
          studyId,
          runId,
          model: input.llmModel,
          source: input.source,
          importedAt: now,
          labelCounts,
        });
        await db.llmLabels.add({ studyId, runId, labels });
      }
      await db.studies.update(studyId, { summary: updateSummary(study.summary, metas) });
      await db.auditEvents.add({
        studyId,
        at: now,
        actor: 'lead',
        action: 'threads.imported',
        subject: input.source,
        from: null,
        to: `${threads.length} threads, ${labelCount} LLM labels`,
        why: null,
      });
      return { threads: threads.length, llmLabels: labelCount, runId };
    },
  );
}
