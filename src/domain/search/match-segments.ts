export interface TextSegment {
  text: string;
  match: boolean;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into the runs that match a term of `query` and the runs between, so a search
 * hit can be marked without building markup from the text. Terms are the query's
 * whitespace-separated words, matched case-insensitively as TextIndex.search matches them;
 * overlapping matches merge (the longest term is tried first). Joining the segments' text
 * gives back `text` exactly. An empty query gives one unmatched segment (none for empty text).
 */
export function matchSegments(text: string, query: string): TextSegment[] {
  const terms = [...new Set(query.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (text === '') return [];
  if (terms.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(terms.map(escape).join('|'), 'giu');
  const segments: TextSegment[] = [];
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    const last = segments[segments.length - 1];
    if (last?.match && start === at) last.text += found[0];
    else segments.push({ text: found[0], match: true });
    at = start + found[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
