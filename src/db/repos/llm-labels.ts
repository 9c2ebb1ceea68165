import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import { asLlmRunId, type LlmRunId, type StudyId, type ThreadId } from '../../domain/ids';
import type { LlmOtherNames } from '../../domain/codebook/other-name-groups';
import {
  describeRun,
  runRecordDetails,
  type LlmRun,
  type LlmRunDetails,
  type RunDescription,
} from '../../domain/llm-run';

export async function listLlmRuns(db: ConcordDatabase, studyId: StudyId): Promise<LlmRun[]> {
  const [lo, hi] = studyRange(studyId);
  const runs = await db.llmRuns.where(':id').between(lo, hi, true, true).toArray();
  return runs.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** The Other names of every run that has some, in import order. */
export async function listLlmOtherNames(db: ConcordDatabase, studyId: StudyId): Promise<LlmOtherNames[]> {
  return db.transaction('r', [db.llmRuns, db.llmLabels], async () => {
    const runs = await listLlmRuns(db, studyId);
    const records = await db.llmLabels.bulkGet(runs.map((r) => [studyId, r.runId] as [StudyId, LlmRunId]));
    return runs.flatMap((run, i) => {
      const names = records[i]?.otherNames;
      return names ? [{ runId: run.runId, model: run.model, names }] : [];
    });
  });
}

export interface LlmLabelImport {
  studyId: StudyId;
  model: string;
  source: string;
  labels: readonly { threadId: ThreadId; label: string; otherName?: string }[];
  run?: RunDescription;
  now: string;
}

/**
 * Stores one run of LLM labels (a model, or one run of it) in one transaction. A study may hold
 * several runs side by side; nothing already stored is replaced.
 */
export async function importLlmLabels(db: ConcordDatabase, input: LlmLabelImport): Promise<LlmRunId> {
  const model = input.model.trim();
  if (!model) throw new Error('The LLM run needs a model name.');
  const runId = asLlmRunId(crypto.randomUUID());
  const labelCounts: Record<string, number> = {};
  const labels: Record<string, string> = {};
  const otherNames: Record<string, string> = {};
  for (const { threadId, label, otherName } of input.labels) {
    labelCounts[label] = (labelCounts[label] ?? 0) + 1;
    labels[threadId] = label;
    if (otherName) otherNames[threadId] = otherName;
  }
  const named = Object.keys(otherNames).length > 0;
  await db.transaction('rw', [db.studies, db.llmRuns, db.llmLabels, db.auditEvents], async () => {
    if (!(await db.studies.get(input.studyId)))
      throw new Error(`The study (id ${input.studyId}) is not in this browser, so no LLM label was imported.`);
    await db.llmLabels.add({ studyId: input.studyId, runId, labels, ...(named && { otherNames }) });
    await db.llmRuns.add({
      studyId: input.studyId,
      runId,
      model,
      source: input.source,
      importedAt: input.now,
      labelCounts,
      ...runRecordDetails(model, input.run),
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

/**
 * Changes what a run is called and says about itself (never its labels), with an audit event
 * naming what changed, in one transaction. Unchanged details write nothing.
 */
export async function updateLlmRunDetails(
  db: ConcordDatabase,
  studyId: StudyId,
  runId: LlmRunId,
  details: LlmRunDetails,
  now: string,
): Promise<void> {
  await db.transaction('rw', [db.llmRuns, db.auditEvents], async () => {
    const run = await db.llmRuns.get([studyId, runId]);
    if (!run) throw new Error(`The LLM run ${runId} is not in this study (${studyId}), so nothing was changed.`);
    const before = describeRun(run);
    const changed = (Object.keys(details) as (keyof LlmRunDetails)[]).filter((k) => before[k] !== details[k]);
    if (changed.length === 0) return;
    await db.llmRuns.put({ ...run, ...details });
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: 'llm-run.edited',
      subject: before.name,
      from: changed.map((k) => `${k}: ${before[k] ?? ''}`).join('; '),
      to: changed.map((k) => `${k}: ${details[k] ?? ''}`).join('; '),
      why: null,
    });
  });
}
