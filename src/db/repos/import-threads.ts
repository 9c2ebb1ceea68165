import type { ConcordDatabase } from '../database';
import { asLlmRunId, type LlmRunId, type StudyId } from '../../domain/ids';
import type { LlmLabel, ThreadMeta, ThreadText } from '../../domain/study';
import { updateSummary } from '../../domain/study-summary';
import type { ThreadInput } from '../../domain/thread';
import { toStoredThread } from '../../domain/thread-meta';

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
 * importing the same file at once cannot half-write. Writes go in chunks only to report progress.
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
  return db.transaction('rw', [db.studies, db.threads, db.threadTexts, db.llmRuns, db.llmLabels, db.auditEvents], async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`importThreads: no study with id ${studyId}`);
    const allMeta: ThreadMeta[] = [];
    const labelCounts: Record<string, number> = {};
    let labelCount = 0;
    for (let start = 0; start < threads.length; start += chunkSize) {
      const metas: ThreadMeta[] = [];
      const texts: ThreadText[] = [];
      const labels: LlmLabel[] = [];
      for (let i = start; i < Math.min(start + chunkSize, threads.length); i++) {
        const t = threads[i]!;
        const { meta, text } = toStoredThread(studyId, t, study.summary.threadCount + i);
        metas.push(meta);
        texts.push(text);
        if (runId && t.llmLabel !== null) {
          labels.push({ studyId, runId, threadId: t.threadId, label: t.llmLabel });
          labelCounts[t.llmLabel] = (labelCounts[t.llmLabel] ?? 0) + 1;
        }
      }
      await db.threads.bulkAdd(metas);
      await db.threadTexts.bulkAdd(texts);
      if (labels.length) await db.llmLabels.bulkAdd(labels);
      labelCount += labels.length;
      for (const m of metas) allMeta.push(m);
      onProgress?.(Math.min(start + chunkSize, threads.length), threads.length);
    }
    if (runId && input.llmModel !== null) {
      await db.llmRuns.add({ studyId, runId, model: input.llmModel, source: input.source, importedAt: now, labelCounts });
    }
    await db.studies.update(studyId, { summary: updateSummary(study.summary, allMeta) });
    await db.auditEvents.add({
      studyId, at: now, actor: 'lead', action: 'threads.imported', subject: input.source, from: null,
      to: `${threads.length} threads, ${labelCount} LLM labels`, why: null,
    });
    return { threads: threads.length, llmLabels: labelCount, runId };
  });
}
