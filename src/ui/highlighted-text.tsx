import { matchSegments } from '../domain/search/match-segments';

/** Text with the query's matches in <mark>: string slices as React text, never markup. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  if (!query.trim()) return <>{text}</>;
  return (
    <>
      {matchSegments(text, query).map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 text-slate-950">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
