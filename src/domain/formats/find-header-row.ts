/** How many rows from the top of a sheet may hold titles above the header. */
export const HEADER_SEARCH_ROWS = 10;

export interface CandidateRow {
  /** The row's non-empty cells. */
  values: { text: string; isString: boolean }[];
}

/**
 * Picks the header among the first rows of a sheet. `rows` are the sheet's first rows from
 * its first used row (only the first HEADER_SEARCH_ROWS are looked at); `lastUsedRow` is
 * the index, on the same scale, of the last non-empty row of the sheet. The header is
 * the first row that has at least 2 non-empty cells, at least half as many as the widest
 * of those rows, of which at least 80% are text (not numbers, dates, booleans), all
 * distinct (ignoring case and surrounding spaces), and that has a non-empty row after it
 * (index < lastUsedRow).
 * A title row ("Export of 2024", one cell) and a "Generated: | 2024-05-01" line are passed
 * over. Returns null when no row qualifies.
 */
export function findHeaderRow(rows: readonly CandidateRow[], lastUsedRow: number): number | null {
  const window = rows.slice(0, HEADER_SEARCH_ROWS);
  const widest = Math.max(0, ...window.map((r) => r.values.length));
  for (let i = 0; i < window.length; i += 1) {
    const values = (window[i] as CandidateRow).values;
    if (values.length < 2 || values.length * 2 < widest) continue;
    const strings = values.filter((v) => v.isString).length;
    if (strings < 0.8 * values.length) continue;
    const distinct = new Set(values.map((v) => v.text.trim().toLowerCase()));
    if (distinct.size !== values.length) continue;
    if (i >= lastUsedRow) continue;
    return i;
  }
  return null;
}
