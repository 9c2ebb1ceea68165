import type { Category } from '../../../domain/codebook/codebook';
import type { ThreadOutcome } from '../../../domain/decisions/thread-outcome';

interface Props {
  categories: readonly Category[];
  outcome: ThreadOutcome;
  value: string;
  onPick: (category: Category) => void;
}

/** The codebook with its keys: a button per category, the chosen one pressed, votes counted. */
export function LabelPicker({ categories, outcome, value, onPick }: Props) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-sm font-semibold">Final label</legend>
      {categories.map((c) => {
        const votes = outcome.votes.filter((v) => v.label === c.name).length;
        const chosen = value === c.name;
        return (
          <div key={c.id}>
            <button
              type="button"
              onClick={() => onPick(c)}
              aria-pressed={chosen}
              aria-keyshortcuts={c.key}
              aria-describedby={`definition-${c.id}`}
              className={`flex w-full items-baseline gap-2 rounded border p-1.5 text-left text-sm hover:bg-indigo-50 ${chosen ? 'border-indigo-500 bg-indigo-100' : 'border-slate-200 bg-white'}`}
            >
              <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs">{c.key}</kbd>
              <span className="flex-1 font-medium">{c.name}</span>
              {votes > 0 && <span className="text-xs text-slate-700">{votes === 1 ? '1 vote' : `${votes} votes`}</span>}
            </button>
            <p id={`definition-${c.id}`} className="sr-only">
              {c.definition}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
