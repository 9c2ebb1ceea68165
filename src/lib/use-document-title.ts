import { useEffect } from 'react';

/** "Labeling 12/300 · Sample 1 · Concord": the page first, so a tab strip or history shows it. */
export function documentTitle(parts: readonly (string | null | undefined)[]): string {
  return [...parts.filter((p): p is string => Boolean(p && p.trim())), 'Concord'].join(' · ');
}

/** Sets the tab's title from the page's parts (most specific first) while the page is shown. */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const title = documentTitle(parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
