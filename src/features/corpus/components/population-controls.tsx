import type { SampleId } from '../../../domain/ids';
import type { LlmRun } from '../../../domain/llm-run';
import { runLabel } from '../../../domain/run-label';
import type { Sample } from '../../../domain/sampling/sample';
import type { Study } from '../../../domain/study';
import type { CorpusParams } from '../hooks/use-corpus-params';

const select = 'rounded border border-slate-300 p-1';

/** The LLM run, the population (the threads browser's filters) and the gold samples of the dashboard. */
export function PopulationControls({
  study,
  runs,
  runId,
  samples,
  params,
  onChange,
}: {
  study: Study;
  runs: readonly LlmRun[];
  runId: string | null;
  samples: readonly Sample[];
  params: CorpusParams;
  onChange: (patch: Partial<Record<keyof CorpusParams, string | null>>) => void;
}) {
  const departments = Object.keys(study.summary.byDepartment).sort();
  const roles = Object.keys(study.summary.byRole).sort();
  const toggleSample = (id: SampleId) => {
    const next = params.samples.includes(id) ? params.samples.filter((s) => s !== id) : [...params.samples, id];
    onChange({ samples: next.join(',') });
  };
  return (
    <form
      aria-label="Population"
      className="flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="flex flex-col text-sm">
        LLM run
        <select value={runId ?? ''} onChange={(e) => onChange({ run: e.target.value })} className={select}>
          {runs.map((r) => (
            <option key={r.runId} value={r.runId}>
              {runLabel(r, runs)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Department
        <select
          value={params.department ?? ''}
          onChange={(e) => onChange({ department: e.target.value })}
          className={select}
        >
          <option value="">All departments</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Role
        <select value={params.role ?? ''} onChange={(e) => onChange({ role: e.target.value })} className={select}>
          <option value="">All roles</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          checked={params.frequentOnly}
          onChange={(e) => onChange({ frequentOnly: e.target.checked ? '1' : null })}
        />
        Frequent users only
      </label>
      <label className="flex flex-col text-sm">
        More than (threads)
        <input
          type="number"
          min={0}
          value={params.threshold ?? study.frequentUserThreshold}
          className={`${select} w-20`}
          onChange={(e) => onChange({ threshold: e.target.value })}
        />
      </label>
      <fieldset className="text-sm">
        <legend className="font-semibold">Gold samples</legend>
        {samples.length === 0 ? (
          <p className="text-slate-600">No sample drawn yet.</p>
        ) : (
          samples.map((s) => (
            <label key={s.sampleId} className="mr-3 inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                checked={params.samples.includes(s.sampleId)}
                onChange={() => toggleSample(s.sampleId)}
              />
              {s.name}
            </label>
          ))
        )}
      </fieldset>
    </form>
  );
}
