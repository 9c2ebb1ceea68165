import { describeRun, type LlmRun } from './llm-run';

const own = (run: LlmRun) => {
  const d = describeRun(run);
  return `${d.name}${d.name === d.model ? '' : ` (${d.model})`}${d.ranAt ? `, ${d.ranAt}` : ''}`;
};

/**
 * How an LLM run reads wherever one is picked or shown (threads browser, corpus dashboard,
 * decisions, report): the name the lead gave it, then its model in brackets when the name is not
 * the model, then the date it was made when known ("Prompt v2 (gpt-4o), 2026-11-30"). A run
 * stored before runs had names reads as its model (`describeRun`).
 *
 * `among` is the list the run is picked from: when another run of it would read the same, both
 * add their file and import date, so no two options of a picker look alike.
 */
export function runLabel(run: LlmRun, among: readonly LlmRun[] = []): string {
  const label = own(run);
  const twin = among.some((other) => other.runId !== run.runId && own(other) === label);
  return twin ? `${label}, from ${run.source}, imported ${run.importedAt.slice(0, 10)}` : label;
}
