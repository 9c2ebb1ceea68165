import { parseDate } from './formats/parse-date';
import type { LlmRunId, StudyId } from './ids';

/**
 * One model (or one run of a model) whose labels were imported. `name`, `note` and `ranAt` came
 * with issue #11; runs stored before have none of them (read them through `describeRun`).
 */
export interface LlmRun {
  studyId: StudyId;
  runId: LlmRunId;
  model: string;
  source: string;
  importedAt: string;
  labelCounts: Record<string, number>;
  /** What the lead calls the run ("gpt-4o, prompt v2"). */
  name?: string;
  /** The prompt text, or a note on how the run was made. */
  note?: string;
  /** When the run was made: a wall-clock string ('2026-11-30' or '2026-11-30 14:05'), or null when not known. */
  ranAt?: string | null;
}

/** What the lead says about a run: asked at import, editable afterwards. */
export interface LlmRunDetails {
  name: string;
  model: string;
  note: string;
  ranAt: string | null;
}

/** A run's name, note and date as the lead gave them at import (absent: named after the model, no note, no date). */
export type RunDescription = Omit<LlmRunDetails, 'model'>;

/** The details a new run record stores: the lead's, or the defaults `describeRun` would read. */
export const runRecordDetails = (
  model: string,
  run: RunDescription | undefined,
): Required<Pick<LlmRun, 'name' | 'note' | 'ranAt'>> => ({
  name: run?.name || model,
  note: run?.note ?? '',
  ranAt: run?.ranAt ?? null,
});

/** A run's details, with the defaults of a run stored before runs had them: named after its model, no note, no date. */
export const describeRun = (run: LlmRun): LlmRunDetails => ({
  name: run.name ?? run.model,
  model: run.model,
  note: run.note ?? '',
  ranAt: run.ranAt ?? null,
});

/**
 * Checks run details as typed in a form: name and model are required (trimmed); the date is
 * empty or a placeholder such as "unknown" (not known), or a date `parseDate` reads unambiguously, stored as its wall-clock string.
 * Returns the details, or every problem in words a lead reads.
 */
export function checkRunDetails(input: {
  name: string;
  model: string;
  note: string;
  ranAt: string;
}): { details: LlmRunDetails; problems: [] } | { details: null; problems: string[] } {
  const problems: string[] = [];
  const name = input.name.trim();
  const model = input.model.trim();
  if (name === '') problems.push('The run needs a name.');
  if (model === '') problems.push('The run needs the name of its model.');
  let ranAt: string | null = null;
  const date = input.ranAt.trim();
  if (date !== '') {
    const reading = parseDate(date);
    if (reading.kind === 'date') ranAt = reading.value;
    else if (reading.kind === 'empty') ranAt = null;
    else if (reading.kind === 'ambiguous')
      problems.push(`The date “${date}” could be day or month first: write it as YYYY-MM-DD.`);
    else problems.push(`The date “${date}” is not a date: write it as YYYY-MM-DD, or YYYY-MM-DD HH:mm.`);
  }
  if (problems.length > 0) return { details: null, problems };
  return { details: { name, model, note: input.note.trim(), ranAt }, problems: [] };
}

/**
 * The run a study's LLM labels are compared with, everywhere (threads, draws, decisions, report,
 * revealed labels): the most recently imported one (runs in import order); null when none.
 */
export const latestLlmRun = (runs: readonly LlmRun[]): LlmRun | null => runs.at(-1) ?? null;

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
