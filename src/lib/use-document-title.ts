import { useEffect } from 'react';
import { afterPaint } from './after-paint';

/** "Labeling 12/300 · Sample 1 · Concord": the page first, so a tab strip or history shows it. */
export function documentTitle(parts: readonly (string | null | undefined)[]): string {
  return [...parts.filter((p): p is string => Boolean(p && p.trim())), 'Concord'].join(' · ');
}

/**
 * Sets the tab's title from the page's parts (most specific first) while the page is shown: after
 * the frame that shows the page, because a title change is a message to the browser that cost
 * each labeling keypress about half a millisecond before its next thread was painted (bench/labeling-bench.ts).
 */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const title = documentTitle(parts);
  useEffect(
    () =>
      afterPaint(() => {
        document.title = title;
      }),
    [title],
  );
}
