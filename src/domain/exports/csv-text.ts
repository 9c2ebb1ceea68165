import Papa from 'papaparse';
import { neutraliseCell } from '../formats/spreadsheet-safety';

/**
 * CSV text of a header and rows, every cell (header included) through `neutraliseCell`: comma
 * separated, quoted where needed, '\n' after every line, the last one included (also with no rows).
 */
export function neutralisedCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const text = Papa.unparse({ fields: fields.map(neutraliseCell), data: rows.map((r) => r.map(neutraliseCell)) }, { newline: '\n' });
  return text.endsWith('\n') ? text : `${text}\n`;
}
