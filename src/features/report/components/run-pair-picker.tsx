import type { LlmRunId } from '../../../domain/ids';
import type { LlmRun } from '../../../domain/llm-run';
import { runLabel } from '../../../domain/run-label';

/** Which two runs are compared: any two of the study's, first and second. */
export function RunPairPicker({
  runs,
  pair,
  onChange,
}: {
  runs: readonly LlmRun[];
  pair: [LlmRunId, LlmRunId];
  onChange: (pair: [LlmRunId, LlmRunId]) => void;
}) {
  const select = (which: 0 | 1, name: string) => (
    <label className="flex flex-col text-sm">
      {name}
      <select
        value={pair[which]}
        onChange={(e) =>
          onChange(which === 0 ? [e.target.value as LlmRunId, pair[1]] : [pair[0], e.target.value as LlmRunId])
        }
        className="mt-1 rounded border border-slate-300 bg-white px-2 py-1"
      >
        {runs.map((r) => (
          <option key={r.runId} value={r.runId}>
            {runLabel(r, runs)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="flex flex-wrap gap-4 print:hidden">
      {select(0, 'First run')}
      {select(1, 'Second run')}
    </div>
  );
}
