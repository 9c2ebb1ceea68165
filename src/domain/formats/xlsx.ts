import * as XLSX from '@e965/xlsx';
import { findHeaderRow, HEADER_SEARCH_ROWS, type CandidateRow } from './find-header-row';
import { sortProblems, uniqueHeaders, type RawRow, type RawTable, type RowProblem } from './raw-table';
import { headerMatcher, repeatedHeaderNote } from './repeated-header';
import type { RowPlace } from './row-label';
import { xlsxCellText } from './xlsx-cell-text';

export interface ReadSheetOptions {
  /** 1-based sheet row of the header, when the user chose it; detected otherwise. */
  headerRow?: number;
}

export interface Workbook {
  sheetNames: string[];
  /** Reads one sheet of the already parsed workbook (see readSheet). */
  readSheet(sheetName: string, options?: ReadSheetOptions): RawTable;
}

type DenseSheet = XLSX.WorkSheet & { '!data'?: (XLSX.CellObject[] | undefined)[] };

/**
 * Lists the sheet names of an XLSX (or XLS, ODS) file in workbook order, without reading
 * the cells. Throws (SheetJS's error) when the bytes are not a workbook.
 */
export function listSheets(bytes: Uint8Array): string[] {
  return XLSX.read(bytes, { type: 'array', bookSheets: true }).SheetNames;
}

/**
 * Parses a workbook once, so that several sheets (or one sheet with another header row)
 * can be read without parsing the file again. Throws when the bytes are not a workbook.
 */
export function openWorkbook(bytes: Uint8Array): Workbook {
  const wb = XLSX.read(bytes, {
    type: 'array',
    dense: true,
    cellNF: true,
    cellHTML: false,
    cellFormula: false,
    cellDates: false,
  });
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  return {
    sheetNames: wb.SheetNames,
    readSheet(sheetName, options) {
      const sheet = wb.Sheets[sheetName] as DenseSheet | undefined;
      if (sheet === undefined) {
        throw new Error(
          `readSheet: no sheet named "${sheetName}"; the workbook has ${wb.SheetNames.map((n) => `"${n}"`).join(', ')}.`,
        );
      }
      return sheetTable(sheet, sheetName, date1904, options?.headerRow);
    },
  };
}

/**
 * Reads one sheet of an XLSX file into a RawTable (row numbers are the sheet's row
 * numbers). Cells are read as text by xlsxCellText: strings whole, dates as ISO 8601.
 * The header row is options.headerRow if given (1-based; throws if it is outside the
 * sheet's used rows), else found by findHeaderRow among the first rows, so title rows
 * above the header are skipped; else the first non-empty row. `notes` says which row was
 * used. Rows above the header are ignored; empty rows below it are skipped and counted.
 * Non-empty cells right of the last header are ignored with a 'too-many-fields' warning.
 * A row repeating the header (sheets pasted together) is skipped with one note.
 * Parses the workbook on every call: use openWorkbook to read several sheets.
 */
export function readSheet(bytes: Uint8Array, sheetName: string, options?: ReadSheetOptions): RawTable {
  return openWorkbook(bytes).readSheet(sheetName, options);
}

function sheetTable(sheet: DenseSheet, sheetName: string, date1904: boolean, headerRow: number | undefined): RawTable {
  const empty: RawTable = {
    headers: [],
    rows: [],
    problems: [],
    format: 'xlsx',
    notes: [`Sheet "${sheetName}" is empty.`],
    rowsRead: 0,
  };
  const ref = sheet['!ref'];
  if (ref === undefined) return empty;
  const range = XLSX.utils.decode_range(ref);
  const data = sheet['!data'] ?? [];
  const firstCol = range.s.c;
  const rowCells = (r: number) => data[r];
  const isUsed = (r: number) => (rowCells(r) ?? []).some((c, i) => i >= firstCol && xlsxCellText(c, date1904) !== '');

  let firstUsed = range.s.r;
  while (firstUsed <= range.e.r && !isUsed(firstUsed)) firstUsed += 1;
  let lastUsed = range.e.r;
  while (lastUsed >= firstUsed && !isUsed(lastUsed)) lastUsed -= 1;
  if (firstUsed > lastUsed) return empty;

  const notes: string[] = [];
  let header: number;
  if (headerRow !== undefined) {
    if (!Number.isInteger(headerRow) || headerRow - 1 < range.s.r || headerRow - 1 > range.e.r) {
      throw new Error(
        `readSheet: headerRow ${headerRow} is outside the rows of sheet "${sheetName}" (${range.s.r + 1}–${range.e.r + 1}).`,
      );
    }
    header = headerRow - 1;
    notes.push(`Header: row ${headerRow} (chosen).`);
  } else {
    const candidates: CandidateRow[] = [];
    for (let r = firstUsed; r < firstUsed + HEADER_SEARCH_ROWS && r <= lastUsed; r += 1) {
      const values = (rowCells(r) ?? [])
        .filter((c, i) => i >= firstCol && c !== undefined && xlsxCellText(c, date1904) !== '')
        .map((c) => ({ text: xlsxCellText(c, date1904), isString: c.t === 's' }));
      candidates.push({ values });
    }
    const found = findHeaderRow(candidates, lastUsed - firstUsed);
    header = firstUsed + (found ?? 0);
    notes.push(
      found === null
        ? `Header: row ${header + 1} (no row looked like a header; the first non-empty row is used).`
        : `Header: row ${header + 1} (detected).`,
    );
  }

  const headerCells = rowCells(header) ?? [];
  let lastCol = firstCol - 1;
  for (let c = range.e.c; c >= firstCol; c -= 1) {
    if (xlsxCellText(headerCells[c], date1904) !== '') {
      lastCol = c;
      break;
    }
  }
  const width = lastCol - firstCol + 1;
  const rawHeaders: string[] = [];
  for (let c = firstCol; c <= lastCol; c += 1) rawHeaders.push(xlsxCellText(headerCells[c], date1904));
  const named = uniqueHeaders(rawHeaders, (i) => `Column ${XLSX.utils.encode_col(firstCol + i)}`);
  notes.push(...named.notes);

  const rows: RawRow[] = [];
  const problems: RowProblem[] = [];
  const isHeader = headerMatcher(rawHeaders);
  const repeats: RowPlace[] = [];
  let emptyRows = 0;
  let rowsRead = 0;
  for (let r = header + 1; r <= lastUsed; r += 1) {
    const source = rowCells(r) ?? [];
    const cells = new Array<string>(width);
    let used = false;
    for (let i = 0; i < width; i += 1) {
      const text = xlsxCellText(source[firstCol + i], date1904);
      cells[i] = text;
      if (text !== '') used = true;
    }
    const extra = source.slice(lastCol + 1).some((c) => xlsxCellText(c, date1904) !== '');
    if (!used && !extra) {
      emptyRows += 1;
      continue;
    }
    if (!extra && isHeader(cells)) {
      repeats.push({ row: r + 1 });
      continue;
    }
    rowsRead += 1;
    if (extra) {
      problems.push({
        row: r + 1,
        code: 'too-many-fields',
        severity: 'warning',
        message: `Row ${r + 1} has cells right of the last header column (${XLSX.utils.encode_col(lastCol)}); they are ignored.`,
      });
    }
    rows.push({ rowNumber: r + 1, cells });
  }
  if (repeats.length > 0) notes.push(repeatedHeaderNote(repeats));
  if (emptyRows > 0) notes.push(`${emptyRows} empty row${emptyRows === 1 ? '' : 's'} skipped.`);
  return { headers: named.headers, rows, problems: sortProblems(problems), format: 'xlsx', notes, rowsRead };
}
