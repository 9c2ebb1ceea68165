import { MAX_BROKEN, readDelimitedRecords, type DelimitedRecord } from './delimited-records';
import { detectDelimiter, type Delimiter } from './detect-delimiter';
import {
  sortProblems,
  uniqueHeaders,
  type RawRow,
  type RawTable,
  type RowProblem,
  type TableFormat,
} from './raw-table';
import { headerMatcher, repeatedHeaderNote } from './repeated-header';
import { rowLabelStart, rowLabel, type RowPlace } from './row-label';

const FORMAT: Record<Delimiter, TableFormat> = { ',': 'csv', ';': 'semicolon', '\t': 'tsv' };
const DELIMITER_NAME: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const NOT_BLANK = /\S/;

const isBlankRow = (fields: readonly string[]) => fields.every((f) => f === '' || !NOT_BLANK.test(f));
const records = (n: number) => `${n} record${n === 1 ? '' : 's'}`;

type Outcome = 'ok' | 'failed' | 'skipped';

/** The message of an unterminated quote: what became of the records after it (see parseDelimited). */
function unterminatedMessage(at: RowPlace, after: { place: RowPlace; outcome: Outcome }[]): string {
  const start = `${rowLabelStart(at)}: a quote opened in this row is never closed, so the row is not imported`;
  const read = after.filter((a) => a.outcome !== 'skipped');
  if (read.length === 0) return `${start}; it is the last record of the file.`;
  const okAt = read.findIndex((a) => a.outcome === 'ok');
  const lost = okAt === -1 ? read : read.slice(0, okAt);
  const ok = okAt === -1 ? null : (read[okAt] as { place: RowPlace });
  if (lost.length === 0)
    return `${start}. Reading went on from the next line, where the file is in step again: the rows after it are read.`;
  const span = `the first is ${rowLabel(lost[0]!.place)}, the last ${rowLabel(lost[lost.length - 1]!.place)}`;
  return ok === null
    ? `${start}. None of the ${records(lost.length)} after it could be read (${span}).`
    : `${start}. After it, ${records(lost.length)} could not be read (${span}); reading is in step again from ${rowLabel(ok.place)}.`;
}

/**
 * Reads a comma-, semicolon- or tab-separated text (RFC 4180 quoting: fields in double
 * quotes may hold delimiters, line breaks and doubled quotes) into a RawTable.
 *
 * - The first record is the header. The delimiter is detected from it (detectDelimiter).
 * - Row numbers are spreadsheet rows: the header is row 1; a record with a quoted line
 *   break is one row; empty lines count as rows (as in a spreadsheet) but are skipped
 *   and only counted in `notes`. Whitespace-only rows are empty rows. Each row also carries
 *   the line it starts on, and problems name both where they differ ("row 12 (line 31)").
 * - A record equal to the header (case and spaces aside: two exports pasted together) is
 *   skipped with one note naming where it was; it is neither a row read nor a problem.
 * - A row with more fields than the header is a 'too-many-fields' error, unless the extra
 *   fields are all empty (trailing delimiters), which are dropped; a row with fewer fields
 *   is a 'too-few-fields' error. Rows with errors are not in `rows`.
 * - A quote that is never closed (or a quoted field that runs over a line break into a
 *   quote that does not close it) is an 'unterminated-quote' error at the row where it
 *   opened; reading starts again at the next line (readDelimitedRecords), and the error says
 *   how many records after it could not be read, the first and the last, and where reading
 *   is in step again. A stray quote within one line is a 'malformed-quote' warning (the row
 *   is kept as the parser read it).
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

  const data: DelimitedRecord[] = readDelimitedRecords(input, delimiter);
  const headerFields = data[0]?.fields ?? [];
  const header = uniqueHeaders(headerFields, (i) => `Column ${i + 1}`);
  notes.push(...header.notes);
  const width = header.headers.length;
  const isHeader = headerMatcher(headerFields);
  const problems: RowProblem[] = [];
  const rows: RawRow[] = [];
  const outcomes: { place: RowPlace; outcome: Outcome }[] = [];
  const broken: number[] = [];
  const repeats: RowPlace[] = [];
  let emptyRows = 0;
  let rowsRead = 0;
  for (let i = 1; i < data.length; i += 1) {
    const record = data[i] as DelimitedRecord;
    const fields = record.fields;
    const place: RowPlace = record.line === i + 1 ? { row: i + 1 } : { row: i + 1, line: record.line };
    const outcome = (o: Outcome) => outcomes.push({ place, outcome: o });
    if (record.broken) {
      rowsRead += 1;
      broken.push(outcomes.length);
      outcome('failed');
    } else if (isBlankRow(fields)) {
      emptyRows += 1;
      outcome('skipped');
    } else if (isHeader(fields)) {
      repeats.push(place);
      outcome('skipped');
    } else if (fields.length > width && !isBlankRow(fields.slice(width))) {
      rowsRead += 1;
      outcome('failed');
      problems.push({
        ...place,
        code: 'too-many-fields',
        severity: 'error',
        message: `${rowLabelStart(place)} has ${fields.length} fields but the header has ${width}; a cell containing a ${DELIMITER_NAME[delimiter]} may be missing its quotes.`,
      });
    } else if (fields.length < width) {
      rowsRead += 1;
      outcome('failed');
      problems.push({
        ...place,
        code: 'too-few-fields',
        severity: 'error',
        message: `${rowLabelStart(place)} has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${width}.`,
      });
    } else {
      rowsRead += 1;
      outcome('ok');
      if (record.strayQuote) {
        problems.push({
          ...place,
          code: 'malformed-quote',
          severity: 'warning',
          message: `${rowLabelStart(place)} has a quote inside a quoted field that is not doubled; check that row's cells.`,
        });
      }
      const cells = fields.length === width ? fields : fields.slice(0, width);
      rows.push(
        place.line === undefined ? { rowNumber: place.row, cells } : { rowNumber: place.row, line: place.line, cells },
      );
    }
  }
  for (const b of broken) {
    const { place } = outcomes[b] as { place: RowPlace };
    const unreadTo = (data[place.row - 1] as DelimitedRecord).unreadTo;
    const message =
      unreadTo === undefined
        ? unterminatedMessage(place, outcomes.slice(b + 1))
        : `${rowLabelStart(place)}: a quote opened in this row is never closed, the ${MAX_BROKEN}th such quote in the file: reading stopped here, so this row and the rest of the file (to line ${unreadTo}) are not imported. Repair the quotes and import again.`;
    problems.push({ ...place, code: 'unterminated-quote', severity: 'error', message });
  }
  if (repeats.length > 0) notes.push(repeatedHeaderNote(repeats));
  if (emptyRows > 0) notes.push(`${emptyRows} empty row${emptyRows === 1 ? '' : 's'} skipped.`);
  return { headers: header.headers, rows, problems: sortProblems(problems), format, notes, rowsRead };
}
