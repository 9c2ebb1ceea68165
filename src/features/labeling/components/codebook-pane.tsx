import type { Category } from '../../../domain/codebook/codebook';
import type { Rating } from '../../../domain/rating';

interface Props {
  categories: Category[];
  current: Rating | null;
  disabled: boolean;
  showExamples: boolean;
  onLabel: (category: Category) => void;
}

/** The codebook beside the thread: a button per category with its key; definitions always, examples on '/'. */
export function CodebookPane({ categories, current, disabled, showExamples, onLabel }: Props) {
  return (
    <aside aria-label="Codebook" className="min-h-0 space-y-1 overflow-auto">
      {categories.map((c) => (
        <div key={c.id} className="rounded border border-slate-200 bg-white">
          <button
            type="button"
            disabled={disabled}
            onClick={() => onLabel(c)}
            aria-keyshortcuts={c.key}
            aria-pressed={current?.label === c.name}
            className={`flex w-full items-start gap-2 p-2 text-left text-sm hover:bg-indigo-50 disabled:opacity-60 ${current?.label === c.name ? 'bg-indigo-100' : ''}`}
          >
            <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs">{c.key}</kbd>
            <span>
              <span className="font-medium">{c.name}</span>
              <span className="block text-xs text-slate-600">{c.definition}</span>
            </span>
          </button>
          {showExamples && c.examples.length > 0 && (
            <ul className="list-disc px-8 pb-2 text-xs text-slate-700" aria-label={`Examples of ${c.name}`}>
              {c.examples.map((e, i) => <li key={i} dir="auto">{e}</li>)}
            </ul>
          )}
        </div>
      ))}
    </aside>
  );
}
