import type { RunComparisonState } from '../hooks/use-run-comparison';
import { LlmRunsTable } from './llm-runs-table';
import { RunComparisonSection } from './run-comparison-section';

/** The study's LLM runs (named, editable) and, with two or more, two of them compared on the gold labels. */
export function LlmRunsSection({ state, fileName }: { state: RunComparisonState; fileName: string }) {
  if (state.runs.length === 0) return null;
  return (
    <section aria-labelledby="runs-heading" className="space-y-4">
      <h2 id="runs-heading" className="text-lg font-semibold">
        LLM runs
      </h2>
      <LlmRunsTable runs={state.runs} />
      <RunComparisonSection state={state} fileName={fileName} />
    </section>
  );
}
