import type { LlmRunId, StudyId } from './ids';

/** One model (or one run of a model) whose labels were imported. */
export interface LlmRun {
  studyId: StudyId;
  runId: LlmRunId;
  model: string;
  source: string;
  importedAt: string;
  labelCounts: Record<string, number>;
}

/**
 * All labels of one run in one record: a record per label would triple the records an import
 * writes, and IndexedDB's cost grows with records, not bytes (bench/import-bench.ts).
 */
export interface LlmRunLabels {
  studyId: StudyId;
  runId: LlmRunId;
  labels: Record<string, string>;
  /** The LLM's suggested name of each thread it labeled Other, when its file had one (absent before). */
  otherNames?: Record<string, string>;
}

/**
 * The run a study's LLM labels are compared with, everywhere (threads, draws, decisions, report,
 * revealed labels): the most recently imported one (runs in import order); null when none.
 */
export const latestLlmRun = (runs: readonly LlmRun[]): LlmRun | null => runs.at(-1) ?? null;
