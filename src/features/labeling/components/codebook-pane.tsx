import { memo, useId, useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import type { Rating } from '../../../domain/rating';

interface Props {
  categories: Category[];
  current: Rating | null;
  disabled: boolean;
  /** Definitions and examples, on '/' or the Definitions button; otherwise key and name only. */
  showDetails: boolean;
  onDetailsToggled: () => void;
  onLabel: (category: Category) => void;
}

/**
 * The codebook beside the thread: a compact list (key and name), so that at 1366×850 every key is
 * in view. Below the large breakpoint it is a drawer over the bottom of the screen, opened by a
 * button, so the thread keeps the whole width; the keys work whether it is open or not. Memoised
 * (given stable callbacks): moving to the next thread re-renders it only when the label shown changes.
 */
export const CodebookPane = memo(function CodebookPane({
  categories,
  current,
  disabled,
  showDetails,
  onDetailsToggled,
  onLabel,
}: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="fixed right-3 bottom-3 z-20 rounded-full bg-indigo-700 px-4 py-2 text-sm font-medium text-white shadow-lg lg:hidden"
      >
        {open ? 'Close codebook' : 'Codebook'}
      </button>
      <aside
        id={id}
        aria-label="Codebook"
        className={`${open ? 'fixed inset-x-0 bottom-0 z-10 block max-h-[55vh] border-t border-slate-300 p-2 pb-14 shadow-2xl' : 'hidden'} overflow-auto bg-white lg:static lg:block lg:max-h-none lg:min-h-0 lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        <div className="mb-1 flex items-center justify-between gap-2">
          <h2 className="text-sm font-semibold">Codebook</h2>
          <button
            type="button"
            aria-pressed={showDetails}
            aria-keyshortcuts="/"
            onClick={onDetailsToggled}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs"
          >
            Definitions <kbd className="font-mono">/</kbd>
          </button>
        </div>
        <ul className="space-y-1">
          {categories.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white">
              <button
                type="button"
                disabled={disabled}
                onClick={() => onLabel(c)}
                aria-keyshortcuts={c.key}
                aria-pressed={current?.label === c.name}
                className={`flex w-full items-center gap-2 px-2 py-1 text-left text-sm hover:bg-indigo-50 disabled:opacity-60 ${current?.label === c.name ? 'bg-indigo-100' : ''}`}
              >
                <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 font-mono text-xs">{c.key}</kbd>
                <span className="min-w-0 font-medium break-words">{c.name}</span>
              </button>
              {showDetails && (
                <div className="px-2 pb-2 text-xs text-slate-700">
                  <p dir="auto">{c.definition}</p>
                  {c.examples.length > 0 && (
                    <ul className="mt-1 list-disc pl-5" aria-label={`Examples of ${c.name}`}>
                      {c.examples.map((e, i) => (
                        <li key={i} dir="auto">
                          {e}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      </aside>
    </>
  );
});
