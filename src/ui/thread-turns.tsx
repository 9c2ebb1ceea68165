import { memo } from 'react';
import { HighlightedText } from './highlighted-text';

/**
 * A thread's prompts, each in its own block. Text is rendered as text (React escapes it), never as
 * markup; `dir="auto"` lets an Arabic, Hebrew or Urdu prompt read right to left (issue #9).
 * `highlight` marks a search's matches (the threads browser, issue #12). Memoised: a thread view
 * re-rendered for its heading or label does not walk a long thread's turns again.
 */
export const ThreadTurns = memo(function ThreadTurns({
  turns,
  highlight = '',
}: {
  turns: readonly string[];
  highlight?: string;
}) {
  return (
    <ol className="space-y-3" aria-label="Prompts">
      {turns.map((turn, i) => (
        <li key={i} className="rounded border border-slate-200 bg-white p-3">
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
            Prompt {i + 1} of {turns.length}
          </h3>
          <p dir="auto" className="whitespace-pre-wrap break-words text-sm leading-relaxed">
            <HighlightedText text={turn} query={highlight} />
          </p>
        </li>
      ))}
    </ol>
  );
});
