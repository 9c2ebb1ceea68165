import type { LlmRun } from '../../../domain/llm-run';
import { runLabel } from '../../../domain/run-label';
import type { Study } from '../../../domain/study';
import type { ThreadFilterParams } from '../hooks/use-thread-filter-params';

interface Props {
  study: Study;
  runs: LlmRun[];
  runId: string | null;
  params: ThreadFilterParams;
  threshold: number;
  onChange: (patch: Partial<Record<keyof ThreadFilterParams, string | null>>) => void;
}

const sortedKeys = (counts: Record<string, number>) => Object.keys(counts).sort((a, b) => a.localeCompare(b));
const field = 'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm';

export function ThreadFilters({ study, runs, runId, params, threshold, onChange }: Props) {
  const run = runs.find((r) => r.runId === runId) ?? null;
  return (
    <form role="search" aria-label="Filter threads" className="space-y-3 text-sm" onSubmit={(e) => e.preventDefault()}>
      <label className="block">
        Search text
        <input
          type="search"
          dir="auto"
          value={params.q}
          onChange={(e) => onChange({ q: e.target.value })}
          className={field}
          placeholder="words in the prompts"
        />
      </label>
      <label className="block">
        Department
        <select
          value={params.department ?? ''}
          onChange={(e) => onChange({ department: e.target.value })}
          className={field}
        >
          <option value="">All departments</option>
          {sortedKeys(study.summary.byDepartment).map((d) => (
            <option key={d} value={d}>
              {d} ({study.summary.byDepartment[d]})
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        Role
        <select value={params.role ?? ''} onChange={(e) => onChange({ role: e.target.value })} className={field}>
          <option value="">All roles</option>
          {sortedKeys(study.summary.byRole).map((r) => (
            <option key={r} value={r}>
              {r} ({study.summary.byRole[r]})
            </option>
          ))}
        </select>
      </label>
      {runs.length > 1 && (
        <label className="block">
          LLM run
          <select
            value={runId ?? ''}
            onChange={(e) => onChange({ run: e.target.value, llmLabel: null })}
            className={field}
          >
            {runs.map((r) => (
              <option key={r.runId} value={r.runId}>
                {runLabel(r, runs)}
              </option>
            ))}
          </select>
        </label>
      )}
      {run && (
        <label className="block">
          LLM label
          <select
            value={params.llmLabel ?? '*'}
            onChange={(e) => onChange({ llmLabel: e.target.value === '*' ? null : e.target.value })}
            className={field}
          >
            <option value="*">All labels</option>
            {sortedKeys(run.labelCounts).map((l) => (
              <option key={l} value={l}>
                {l} ({run.labelCounts[l]})
              </option>
            ))}
            <option value="">No LLM label</option>
          </select>
        </label>
      )}
      <fieldset className="space-y-1">
        <legend>Frequent users</legend>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={params.frequentOnly}
            onChange={(e) => onChange({ frequentOnly: e.target.checked ? '1' : null })}
          />
          Only users with more than
        </label>
        <label className="flex items-center gap-2">
          <input
            type="number"
            min={0}
            value={threshold}
            onChange={(e) => onChange({ threshold: e.target.value })}
            className="w-20 rounded border border-slate-300 px-2 py-1"
            aria-label="Frequent user threshold (threads)"
          />
          threads
        </label>
      </fieldset>
    </form>
  );
}
