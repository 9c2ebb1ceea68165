import Papa from 'papaparse';
import { detectDelimiter, type Delimiter } from './detect-delimiter';
import { sortProblems, uniqueHeaders, type RawRow, type RawTable, type RowProblem, type TableFormat } from './raw-table';

const FORMAT: Record<Delimiter, TableFormat> = { ',': 'csv', ';': 'semicolon', '\t': 'tsv' };
const DELIMITER_NAME: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const NOT_BLANK = /\S/;

const isBlankRow = (fields: readonly string[]) => fields.every((f) => f === '' || !NOT_BLANK.test(f));

/**
 * Reads a comma-, semicolon- or tab-separated text (RFC 4180 quoting: fields in double
 * quotes may hold delimiters, line breaks and doubled quotes) into a RawTable.
 *
 * - The first record is the header. The delimiter is detected from it (detectDelimiter).
 * - Row numbers are spreadsheet rows: the header is row 1; a record with a quoted line
 *   break is one row; empty lines count as rows (as in a spreadsheet) but are skipped
 *   and only counted in `notes`. Whitespace-only rows are empty rows.
 * - A row with more fields than the header is a 'too-many-fields' error, unless the extra
 *   fields are all empty (trailing delimiters), which are dropped; a row with fewer fields
 *   is a 'too-few-fields' error. Rows with errors are not in `rows`.
 * - A quote that is never closed is an 'unterminated-quote' error at the row where it
 *   opened: the parser reads the rest of the file into that field, so that row and
 *   everything after it are lost. A stray quote right after a closing quote is a
 *   'malformed-quote' warning (the row is kept as the parser read it).
 * - Cells are never trimmed or truncated; header names are trimmed (uniqueHeaders).
 * - A leading byte order mark is ignored. Empty text gives a table with no headers.
 */
export function parseDelimited(text: string): RawTable {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(input);
  const format = FORMAT[delimiter];
  const notes = [`Delimiter: ${DELIMITER_NAME[delimiter]}.`];
  if (!NOT_BLANK.test(input)) {
    return { headers: [], rows: [], problems: [], format, notes: [...notes, 'The file is empty.'], rowsRead: 0 };
  }

  const result = Papa.parse<string[]>(input, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"' });
  const data = result.data;
  const problems: RowProblem[] = [];
  const unterminated = new Set<number>();
  for (const error of result.errors) {
    const row = (error.row ?? 0) + 1;
    if (error.code === 'MissingQuotes') {
      unterminated.add(row);
      problems.push({
        row,
        code: 'unterminated-quote',
        severity: 'error',
        message: `A quote opened in row ${row} is never closed: the rest of the file was read as one field, so row ${row} and the rows after it are not imported.`,
      });
    } else if (error.code === 'InvalidQuotes') {
      problems.push({
        row,
        code: 'malformed-quote',
        severity: 'warning',
        message: `Row ${row} has a quote inside a quoted field that is not doubled; check that row's cells.`,
      });
    }
  }

  const header = uniqueHeaders(data[0] ?? [], (i) => `Column ${i + 1}`);
  notes.push(...header.notes);
  const width = header.headers.length;
  // A final line break yields one last empty record that is not a row of the file.
  const lastChar = input.charCodeAt(input.length - 1);
  const final = data[data.length - 1];
  const trailingRecord = (lastChar === 0x0a || lastChar === 0x0d) && final?.length === 1 && final[0] === '';
  const last = data.length > 1 && trailingRecord ? data.length - 1 : data.length;
  const rows: RawRow[] = [];
  let emptyRows = 0;
  let rowsRead = 0;
  for (let i = 1; i < last; i += 1) {
    const fields = data[i] as string[];
    const rowNumber = i + 1;
    if (isBlankRow(fields)) {
      emptyRows += 1;
      continue;
    }
    rowsRead += 1;
    if (unterminated.has(rowNumber)) continue;
    if (fields.length > width && !isBlankRow(fields.slice(width))) {
      problems.push({
        row: rowNumber,
        code: 'too-many-fields',
        severity: 'error',
        message: `Row ${rowNumber} has ${fields.length} fields but the header has ${width}; a cell containing a ${DELIMITER_NAME[delimiter]} may be missing its quotes.`,
      });
    } else if (fields.length < width) {
      problems.push({
        row: rowNumber,
        code: 'too-few-fields',
        severity: 'error',
        message: `Row ${rowNumber} has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${width}.`,
      });
    } else {
      rows.push({ rowNumber, cells: fields.length === width ? fields : fields.slice(0, width) });
    }
  }
  if (emptyRows > 0) notes.push(`${emptyRows} empty row${emptyRows === 1 ? '' : 's'} skipped.`);
  return { headers: header.headers, rows, problems: sortProblems(problems), format, notes, rowsRead };
}
