import Papa from 'papaparse';
import { neutraliseCell } from '../formats/spreadsheet-safety';
import type { Category } from './codebook';

/** Columns of the paper's "categories with definitions and examples" table. */
export const CODEBOOK_TABLE_COLUMNS = [
  'Category',
  'Key',
  'Definition',
  'Examples',
  'MedHELM category',
  'MedHELM subcategory',
] as const;

/** Marks a subcategory that is our proposed addition to MedHELM, not one of its own. */
export const PROPOSED_SUFFIX = ' (proposed)';

function tableRow(c: Category, examples: string): string[] {
  return [
    c.name,
    c.key,
    c.definition,
    examples,
    c.medhelm.category,
    c.medhelm.proposed ? `${c.medhelm.subcategory}${PROPOSED_SUFFIX}` : c.medhelm.subcategory,
  ];
}

/**
 * Text made safe for one cell of a GitHub-flavoured Markdown table: backslashes doubled
 * (so a backslash before a pipe cannot undo its escape), pipes escaped as '\|', and line
 * breaks (CRLF, CR or LF) written as '<br>'. Other Markdown is left as written.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * The codebook as a Markdown table, one row per category in codebook order, with the
 * columns `CODEBOOK_TABLE_COLUMNS`: Category | Key | Definition | Examples | MedHELM
 * category | MedHELM subcategory. Examples are separated by line breaks ('<br>'); a
 * proposed MedHELM subcategory ends with ' (proposed)'. Cells are escaped with
 * `escapeMarkdownCell`. Ends with a newline; no categories gives the header alone.
 */
export function codebookToMarkdown(categories: readonly Category[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  // Examples joined by a line break become '<br>' when the cell is escaped.
  const rows = categories.map((c) => line(tableRow(c, c.examples.join('\n')).map(escapeMarkdownCell)));
  return `${[line(CODEBOOK_TABLE_COLUMNS), line(CODEBOOK_TABLE_COLUMNS.map(() => '---')), ...rows].join('\n')}\n`;
}

/**
 * The same table as CSV (papaparse: comma-separated, CRLF line ends, fields quoted when
 * needed), examples joined by ' | '. Every cell, the header included, goes through
 * `neutraliseCell`, so a definition starting with '=' or '-' opens as text, not a formula.
 * Ends with CRLF; no byte-order mark (the download layer decides).
 */
export function codebookToCsv(categories: readonly Category[]): string {
  const csv = Papa.unparse({
    fields: CODEBOOK_TABLE_COLUMNS.map(neutraliseCell),
    data: categories.map((c) => tableRow(c, c.examples.join(' | ')).map(neutraliseCell)),
  });
  // papaparse ends a header-only table with CRLF but not a table with rows.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
