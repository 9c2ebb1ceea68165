import * as XLSX from '@e965/xlsx';
import { FORMULA_TRIGGERS } from '../formats/spreadsheet-safety';
import { SPREADSHEET_CELL_LIMIT } from '../threads/thread';
import type { GoldTable } from './gold-file';

export interface GoldXlsx {
  bytes: Uint8Array<ArrayBuffer>;
  /** Threads whose text goes on in text_2, text_3, …: in table order. */
  splitThreadIds: string[];
  /** Cells that could not be written whole, left empty rather than cut (see `splitCell`). */
  notFitted: { threadId: string; column: string }[];
  /** Columns holding the text: `text` plus its continuations; 0 without text. */
  textColumns: number;
}

export const GOLD_SHEET_NAME = 'Gold standard';

/**
 * The gold table as an XLSX workbook of one sheet: a header row, then one row per thread; every
 * cell is a text cell (type 's', never a number or a formula) holding the value exactly. A text
 * cell is never evaluated, but Excel would turn one starting with =, +, -, @, tab or carriage
 * return into a formula once a user edits it: such a cell gets the cell style's quote prefix
 * (`quotePrefix="1"`, Excel's own mark for "typed with a leading apostrophe"), not an apostrophe
 * in its text as the CSV needs (see `markQuotePrefix`).
 *
 * Why continuation columns: a spreadsheet cell holds at most 32,767 characters and Excel silently
 * cuts longer ones (the study's own spreadsheet lost the end of 1.1% of its threads that way;
 * SheetJS refuses to write them). So a longer text is split, never cut, over `text`, `text_2`,
 * `text_3`… (as many columns as the longest text needs); joining a row's text cells in order
 * gives the text back exactly. `splitThreadIds` lists those threads so the screen can say so.
 * A cell that cannot be split (a run of 32,767 formula characters) or a non-text cell over the
 * limit is left empty and listed in `notFitted`: the CSV and JSONL files hold it whole.
 */
export function goldToXlsx(table: GoldTable, limit = SPREADSHEET_CELL_LIMIT): GoldXlsx {
  const textAt = table.columns.indexOf('text');
  const splitThreadIds: string[] = [];
  const notFitted: { threadId: string; column: string }[] = [];
  const rows = table.rows.map((r) => {
    const threadId = r.thread_id ?? '';
    const cells = table.columns.map((c, i) => {
      const value = r[c] ?? '';
      if (i === textAt) {
        const pieces = splitCell(value, limit);
        if (pieces === null) {
          notFitted.push({ threadId, column: c });
          return [''];
        }
        if (pieces.length > 1) splitThreadIds.push(threadId);
        return pieces;
      }
      if (value.length > limit) {
        notFitted.push({ threadId, column: c });
        return [''];
      }
      return [value];
    });
    return cells;
  });
  const textColumns = textAt < 0 ? 0 : Math.max(1, ...rows.map((cells) => cells[textAt]!.length));
  const header = table.columns.flatMap((c, i) =>
    i === textAt ? Array.from({ length: textColumns }, (_, k) => (k === 0 ? c : `${c}_${k + 1}`)) : [c],
  );

  const sheet: XLSX.WorkSheet = {};
  const put = (r: number, c: number, v: string) => {
    if (v === '') return;
    sheet[XLSX.utils.encode_cell({ r, c })] = FORMULA_TRIGGERS.includes(v.charAt(0))
      ? { t: 's', v, z: TEXT_FORMAT }
      : { t: 's', v };
  };
  header.forEach((h, c) => put(0, c, h));
  rows.forEach((cells, i) => {
    let c = 0;
    cells.forEach((pieces, k) => {
      const width = k === textAt ? textColumns : 1;
      pieces.forEach((p, j) => put(i + 1, c + j, p));
      c += width;
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: header.length - 1 } });
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, GOLD_SHEET_NAME);
  // Uncompressed here: `markQuotePrefix` rewrites the zip and compresses it once.
  const out = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    compression: false,
  }) as ArrayBuffer;
  return { bytes: markQuotePrefix(new Uint8Array(out)), splitThreadIds, notFitted, textColumns };
}

/** The built-in number format "Text" (id 49): SheetJS gives the cells using it a style of their own. */
const TEXT_FORMAT = '@';

/**
 * Adds `quotePrefix="1"` to the cell style of the "Text" format in a workbook SheetJS wrote:
 * SheetJS's free edition writes number formats but no other style attribute, so the style it
 * made for the formula-looking cells is completed in its styles.xml afterwards.
 */
function markQuotePrefix(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const styles = XLSX.CFB.find(zip, '/xl/styles.xml');
  if (!styles) throw new Error('goldToXlsx: the workbook has no styles part');
  const xml = new TextDecoder().decode(styles.content);
  styles.content = new TextEncoder().encode(xml.replaceAll('<xf numFmtId="49" ', '<xf numFmtId="49" quotePrefix="1" '));
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

/**
 * Splits a cell value into pieces of at most `limit` UTF-16 code units whose concatenation is the
 * value. A piece after the first never starts with a formula trigger (so a continuation cell
 * never looks like a formula of its own) and no split falls
 * inside a surrogate pair. Returns null when no such split exists (`limit` trigger characters
 * in a row).
 */
export function splitCell(value: string, limit = SPREADSHEET_CELL_LIMIT): string[] | null {
  const pieces: string[] = [];
  let start = 0;
  while (value.length - start > limit) {
    let end = start + limit;
    while (end > start && (FORMULA_TRIGGERS.includes(value.charAt(end)) || isLowSurrogate(value.charCodeAt(end))))
      end -= 1;
    if (end === start) return null;
    pieces.push(value.slice(start, end));
    start = end;
  }
  pieces.push(value.slice(start));
  return pieces;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
