import type { SampleId } from '../../../domain/ids';
import type { Sample } from '../../../domain/sampling/sample';

/**
 * Which samples the report covers, as checkboxes. `chosen` null means every sample (the URL
 * without `?samples=`); unticking one lists the others explicitly.
 */
export function SamplePicker({
  samples,
  chosen,
  onChange,
}: {
  samples: readonly Sample[];
  chosen: readonly SampleId[] | null;
  onChange: (next: SampleId[] | null) => void;
}) {
  const isChosen = (id: SampleId) => chosen === null || chosen.includes(id);
  const toggle = (id: SampleId) => {
    const next = samples.map((s) => s.sampleId).filter((s) => (s === id ? !isChosen(s) : isChosen(s)));
    onChange(next.length === samples.length ? null : next);
  };
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3 print:hidden">
      <legend className="px-1 text-sm font-semibold">Samples in the report</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {samples.map((s) => (
          <label key={s.sampleId} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={isChosen(s.sampleId)} onChange={() => toggle(s.sampleId)} />
            {s.name}{' '}
            <span className="text-slate-500">
              ({s.threadIds.length} threads, codebook v{s.codebookVersion})
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
