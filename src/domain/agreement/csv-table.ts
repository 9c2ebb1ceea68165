import Papa from 'papaparse';

/** A problem in a user's file, at a 1-based row (the header is row 1). */
export interface CsvProblem {
  readonly row: number;
  readonly message: string;
}

export interface CsvRecord {
  /** 1-based row number of the record; the header is row 1. */
  readonly row: number;
  /** Values of the required columns, exactly as written (no trimming). */
  readonly values: readonly string[];
}

/**
 * Reads a comma-separated file with a header into the values of `columns` (in that order),
 * using papaparse: quoted fields (with commas, quotes, line breaks), CRLF or LF, and a UTF-8 byte
 * order mark. Other columns are ignored; column order is free; blank rows are skipped. Rows are
 * records, so a quoted line break does not start a new row number.
 *
 * Returns every problem with its row: an empty file, a missing or repeated required column, a
 * row whose number of fields differs from the header's, malformed quoting.
 */
export function readCsvTable(
  text: string,
  columns: readonly string[],
): { records: CsvRecord[]; problems: CsvProblem[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', header: false, skipEmptyLines: false });
  const problems: CsvProblem[] = parsed.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  const [header, ...rest] = parsed.data;
  if (header === undefined || header.every((h) => h === '')) {
    return {
      records: [],
      problems: [{ row: 1, message: `empty file: expected a header with columns ${columns.join(', ')}` }],
    };
  }
  const indices = columns.map((column) => {
    const at = header.flatMap((h, i) => (h === column ? [i] : []));
    if (at.length === 0) problems.push({ row: 1, message: `missing column ${column} (header: ${header.join(',')})` });
    if (at.length > 1) problems.push({ row: 1, message: `column ${column} appears ${at.length} times` });
    return at[0] ?? -1;
  });
  if (indices.some((i) => i < 0) || problems.some((p) => p.row === 1)) return { records: [], problems };
  const records: CsvRecord[] = [];
  rest.forEach((fields, i) => {
    const row = i + 2;
    if (fields.every((f) => f === '')) return;
    if (fields.length !== header.length) {
      problems.push({ row, message: `${fields.length} fields, but the header has ${header.length}` });
      return;
    }
    records.push({ row, values: indices.map((c) => fields[c]!) });
  });
  problems.sort((a, b) => a.row - b.row);
  return { records, problems };
}
