/** Run details as typed: strings, checked by `checkRunDetails` (domain/llm-run.ts) before they are stored. */
export interface RunDetailsDraft {
  name: string;
  model: string;
  note: string;
  ranAt: string;
}

const field = 'mt-1 rounded border border-slate-300 bg-white px-2 py-1';

/**
 * The fields of an LLM run that the lead fills in (at import and in the runs list): its name,
 * model, prompt or note, and the date it was made. `problems` are shown under them as an alert.
 */
export function RunDetailsFields({
  value,
  onChange,
  problems,
}: {
  value: RunDetailsDraft;
  onChange: (next: RunDetailsDraft) => void;
  problems: readonly string[];
}) {
  const set = (key: keyof RunDetailsDraft) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return (
    <div className="grid max-w-3xl gap-3 text-sm sm:grid-cols-2">
      <label className="flex flex-col">
        Name of the run
        <input value={value.name} onChange={set('name')} placeholder="e.g. gpt-4o, prompt v2" className={field} />
      </label>
      <label className="flex flex-col">
        Name of the model
        <input value={value.model} onChange={set('model')} placeholder="e.g. gpt-4o-2024-08-06" className={field} />
      </label>
      <label className="flex flex-col sm:col-span-2">
        Prompt or note
        <textarea
          value={value.note}
          onChange={set('note')}
          rows={3}
          dir="auto"
          className={field}
          placeholder="The classification prompt, or how this run differs from the others"
        />
      </label>
      <label className="flex flex-col">
        Date of the run
        <input
          value={value.ranAt}
          onChange={set('ranAt')}
          placeholder="YYYY-MM-DD or YYYY-MM-DD HH:mm"
          className={field}
        />
      </label>
      {problems.length > 0 && (
        <ul role="alert" className="list-disc pl-5 text-red-800 sm:col-span-2">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
