import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import { asLlmRunId, type LlmRunId, type StudyId, type ThreadId } from '../../domain/ids';
import type { LlmRun } from '../../domain/llm-run';

export async function listLlmRuns(db: ConcordDatabase, studyId: StudyId): Promise<LlmRun[]> {
  const [lo, hi] = studyRange(studyId);
  const runs = await db.llmRuns.where(':id').between(lo, hi, true, true).toArray();
  return runs.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export interface LlmLabelImport {
  studyId: StudyId;
  model: string;
  source: string;
  labels: readonly { threadId: ThreadId; label: string }[];
  now: string;
}

/**
 * Stores one run of LLM labels (a model, or one run of it) in one transaction. A study may hold
 * several runs side by side; nothing already stored is replaced.
 */
export async function importLlmLabels(db: ConcordDatabase, input: LlmLabelImport): Promise<LlmRunId> {
  const model = input.model.trim();
  if (!model) throw new Error('importLlmLabels: the model needs a name');
  const runId = asLlmRunId(crypto.randomUUID());
  const labelCounts: Record<string, number> = {};
  const labels: Record<string, string> = {};
  for (const { threadId, label } of input.labels) {
    labelCounts[label] = (labelCounts[label] ?? 0) + 1;
    labels[threadId] = label;
  }
  await db.transaction('rw', [db.studies, db.llmRuns, db.llmLabels, db.auditEvents], async () => {
    if (!(await db.studies.get(input.studyId))) throw new Error(`importLlmLabels: no study with id ${input.studyId}`);
    await db.llmLabels.add({ studyId: input.studyId, runId, labels });
    await db.llmRuns.add({
      studyId: input.studyId,
      runId,
      model,
      source: input.source,
      importedAt: input.now,
      labelCounts,
    });
    await db.auditEvents.add({
      studyId: input.studyId,
      at: input.now,
      actor: 'lead',
      action: 'llm-labels.imported',
      subject: input.source,
      from: null,
      to: `${input.labels.length} labels from ${model}`,
      why: null,
    });
  });
  return runId;
}
