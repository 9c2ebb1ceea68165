import Papa from 'papaparse';
import { neutraliseCell } from '../formats/spreadsheet-safety';

/** U+FEFF: Excel reads a CSV as UTF-8 only when it starts with this mark (else accents break). */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The one CSV writer of every export: a header and rows, comma separated, quoted where needed
 * (delimiters, quotes, line breaks), '\n' after every line, the last one included (also with no
 * rows). Every cell, the header included, goes through `neutraliseCell` exactly once, so a cell
 * starting with =, +, -, @, tab or carriage return carries a leading apostrophe. The text starts
 * with the UTF-8 byte order mark unless `byteOrderMark` is false; Concord's readers (the ratings
 * and gold files of `npm run agreement`, the import) skip it.
 */
export function csvText(
  fields: readonly string[],
  rows: readonly (readonly string[])[],
  { byteOrderMark = true }: { byteOrderMark?: boolean } = {},
): string {
  const text = Papa.unparse(
    { fields: fields.map(neutraliseCell), data: rows.map((r) => r.map(neutraliseCell)) },
    { newline: '\n' },
  );
  return `${byteOrderMark ? BYTE_ORDER_MARK : ''}${text}${text.endsWith('\n') ? '' : '\n'}`;
}
