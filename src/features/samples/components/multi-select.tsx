/** A list box of values to keep; nothing chosen means no filter. */
export function MultiSelect({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: string[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const sorted = [...options].sort((a, b) => a.localeCompare(b));
  return (
    <label className="flex flex-col">
      {label} {value.length ? `(${value.length})` : '(all)'}
      <select
        multiple
        value={value}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
        className="mt-1 h-20 min-w-40 rounded border border-slate-300 bg-white px-1 text-xs"
      >
        {sorted.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
