import type { Category } from '../../../domain/codebook/codebook';
import { formatCount } from '../../../domain/format-count';

const UNMAPPED = '';
const DROP = '\u0000drop';

interface Props {
  unknownLabels: { label: string; count: number }[];
  categories: Category[];
  labelMap: Map<string, string | null>;
  onChange: (labelMap: Map<string, string | null>) => void;
}

/** LLM labels that are not codebook categories, each mapped to a category or left out. */
export function LabelMapping({ unknownLabels, categories, labelMap, onChange }: Props) {
  const set = (label: string, value: string) => {
    const next = new Map(labelMap);
    if (value === UNMAPPED) next.delete(label);
    else next.set(label, value === DROP ? null : value);
    onChange(next);
  };
  return (
    <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <legend className="px-1 font-medium">LLM labels that are not categories of the codebook</legend>
      <p>Map each to a category, or import the threads without that label.</p>
      {unknownLabels.map(({ label, count }) => {
        const mapped = labelMap.get(label);
        return (
          <label key={label} className="flex flex-wrap items-center gap-2">
            <span className="min-w-48">
              “{label}” ({formatCount(count)} rows)
            </span>
            <select
              aria-label={`Map the label ${label}`}
              value={mapped === undefined ? UNMAPPED : mapped === null ? DROP : mapped}
              onChange={(e) => set(label, e.target.value)}
              className="rounded border border-slate-300 bg-white px-2 py-1"
            >
              <option value={UNMAPPED}>— choose —</option>
              <option value={DROP}>Leave these threads without an LLM label</option>
              {categories.map((c) => (
                <option key={c.id} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
