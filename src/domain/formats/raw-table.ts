/**
 * The common intermediate table every import format is read into before validation.
 * Readers (CSV/TSV, JSONL, XLSX) never interpret columns; `validateThreads` and
 * `validateLlmLabels` do, through a column mapping.
 */

export type TableFormat = 'csv' | 'tsv' | 'semicolon' | 'jsonl' | 'xlsx';

export type ProblemCode =
  | 'missing-id'
  | 'empty-text'
  | 'empty-label'
  | 'duplicate-id-in-file'
  | 'duplicate-id-in-study'
  | 'unknown-thread'
  | 'unknown-label'
  | 'too-many-fields'
  | 'too-few-fields'
  | 'unterminated-quote'
  | 'malformed-quote'
  | 'bad-date'
  | 'no-date'
  | 'excel-serial-date'
  | 'missing-user'
  | 'bad-json'
  | 'not-an-object'
  | 'bad-turns'
  | 'other-name-not-other';

/** 'error': the row is not imported. 'warning': the row is imported, the user should know. */
export type ProblemSeverity = 'error' | 'warning';

export interface RowProblem {
  /** The row as the user sees it: spreadsheet row (header = 1) for CSV/TSV/XLSX, line for JSONL. */
  row: number;
  /** Delimited text only: the line of the file the row starts on, when it is not `row`. */
  line?: number;
  /** Header name of the column at fault, when there is one. */
  column?: string;
  code: ProblemCode;
  severity: ProblemSeverity;
  message: string;
}

export interface RawRow {
  /** Same numbering as RowProblem.row. */
  rowNumber: number;
  /** Same as RowProblem.line. */
  line?: number;
  /** One string per header, in header order ('' for an empty or absent cell). Never trimmed. */
  cells: string[];
  /** JSONL only: the user prompts read from the object's `turns` array (see parseJsonl). */
  turns?: string[];
}

export interface RawTable {
  /** Unique, non-empty column names (see uniqueHeaders). */
  headers: string[];
  /** Rows that the reader could read; rows with reader errors are left out (they are in problems). */
  rows: RawRow[];
  /** Problems found while reading, with their rows. */
  problems: RowProblem[];
  format: TableFormat;
  /** Human-readable facts about the reading: delimiter, encoding, header row, empty rows skipped... */
  notes: string[];
  /** Data rows met (header and empty rows excluded), including rows rejected by the reader. */
  rowsRead: number;
}

/**
 * Makes header names usable as mapping keys: trims them, names empty ones after their
 * position (`fallbackName(index)`), and suffixes repeated ones with " (2)", " (3)"...
 * Returns the headers and a note for each change, for RawTable.notes.
 */
export function uniqueHeaders(
  raw: readonly string[],
  fallbackName: (index: number) => string,
): { headers: string[]; notes: string[] } {
  const seen = new Set<string>();
  const notes: string[] = [];
  const headers = raw.map((cell, i) => {
    let name = cell.trim();
    if (name === '') {
      name = fallbackName(i);
      notes.push(`Column ${i + 1} has no header; it is called "${name}".`);
    }
    if (seen.has(name)) {
      let n = 2;
      while (seen.has(`${name} (${n})`)) n += 1;
      notes.push(`The header "${name}" appears more than once; column ${i + 1} is called "${name} (${n})".`);
      name = `${name} (${n})`;
    }
    seen.add(name);
    return name;
  });
  return { headers, notes };
}

/** Sorts problems by row, keeping the order of problems within a row (stable). */
export function sortProblems(problems: RowProblem[]): RowProblem[] {
  return problems.sort((a, b) => a.row - b.row);
}
