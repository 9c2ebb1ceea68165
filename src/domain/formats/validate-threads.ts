import { asThreadId } from '../ids';
import { SPREADSHEET_CELL_LIMIT, threadLength, type ThreadInput } from '../threads/thread';
import type { ColumnMapping } from './column-mapping';
import { JSONL_TURNS_KEY } from './jsonl';
import { countsByLabel, createLabelResolver } from './label-resolver';
import { mappedColumns, quoteValue } from './mapped-columns';
import { dateOrderEvidence, inferDateOrder } from './date-order';
import { parseDate, type DateOrder } from './parse-date';
import { sortProblems, type RawRow, type RawTable, type RowProblem } from './raw-table';
import { rowLabelStart, rowLabel, rowList, type RowPlace } from './row-label';
import { turnsFromCell } from './user-turns';

/** A valid thread, with the LLM model named on its row when the file has a model column. */
export interface ImportedThread extends ThreadInput {
  llmModel: string | null;
}

export interface ThreadValidationContext {
  /** Thread ids already in the study. */
  existingIds: ReadonlySet<string>;
  /** Category names of the codebook; null = accept any LLM label as it is. */
  codebookLabels: ReadonlySet<string> | null;
  /** Raw LLM label (trimmed) -> category name, or null to drop that label. */
  labelMap?: ReadonlyMap<string, string | null>;
  /** How to read numeric dates such as 03/04/2024; needed only when the column does not tell (inferDateOrder). */
  dateOrder?: DateOrder;
}

export interface ThreadValidation {
  valid: ImportedThread[];
  /** The reader's problems and validation's, sorted by row. */
  problems: RowProblem[];
  /** Valid threads longer than a spreadsheet cell holds (they are imported whole). */
  overLimit: number;
  /** LLM labels neither in the codebook nor in the label map, most frequent first. */
  unknownLabels: { label: string; count: number }[];
  rowsRead: number;
}

const NOT_BLANK = /\S/;
const FIELDS = [
  'threadId',
  'text',
  'turns',
  'llmLabel',
  'llmModel',
  'userId',
  'department',
  'role',
  'createdAt',
] as const;

const DATE_FORMATS = 'YYYY-MM-DD HH:mm, DD.MM.YYYY, DD/MM/YYYY or M/D/YYYY';

/** The order numeric dates of the date column are read in; throws when the user must choose it. */
function columnDateOrder(
  caller: string,
  table: RawTable,
  column: number,
  given: DateOrder | undefined,
): DateOrder | undefined {
  if (column < 0 || given !== undefined) return given;
  const inferred = inferDateOrder(dateOrderEvidence(table.rows.map((r) => r.cells[column] ?? '')));
  if (inferred === null)
    throw new Error(`${caller}: context.dateOrder is required: the day/month order of the date column is ambiguous.`);
  return inferred === 'none' ? undefined : inferred;
}

const optional = (cell: string | undefined): string | null => {
  const v = cell?.trim() ?? '';
  return v === '' ? null : v;
};

/**
 * Turns the rows of a threads file into threads to import, and lists what is wrong.
 *
 * Errors (the row is not imported): no thread id ('missing-id'); an id seen on an earlier
 * row ('duplicate-id-in-file', naming that row; the first row stays valid); an id already
 * in the study ('duplicate-id-in-study'); no text, i.e. every turn blank ('empty-text');
 * a turns cell that is not a turns array ('bad-turns').
 * Warnings (the row is imported): a date that is empty or a placeholder such as N/A ('no-date')
 * or that parseDate cannot read ('bad-date'): the thread comes in without a date, never refused
 * for it; Excel serial numbers in a date column of a CSV/TSV (one 'excel-serial-date' warning
 * naming the rows; from XLSX they are expected); an empty user id ('missing-user': the thread
 * counts for no user); an LLM label that is not a codebook category and not in
 * the label map ('unknown-label'): the thread comes in with llmLabel null, and the label is
 * counted in unknownLabels so that the user can map it and validate again.
 *
 * Prompts: from the turns column when mapped and non-blank (JSONL rows use RawRow.turns,
 * other cells go through turnsFromCell), else the text column as one turn. Blank turns are
 * dropped; text is never trimmed or truncated. Ids, labels, model, user, department and role
 * are trimmed; blank optional cells are null. sourceRow is the row number of the file.
 * Dates are read in context.dateOrder, else in the order the column's values imply
 * (inferDateOrder), and stored as wall-clock strings (formatWallClock).
 * Messages name the row and, where it differs, the line ("Row 12 (line 31)").
 * Preconditions (throw): threadId and text or turns are mapped, every mapped column exists,
 * label map targets are codebook categories, and a date order is given when the column is
 * ambiguous. Linear in the size of the table.
 */
export function validateThreads(
  table: RawTable,
  mapping: ColumnMapping,
  context: ThreadValidationContext,
): ThreadValidation {
  const caller = 'validateThreads';
  const col = mappedColumns(caller, table, mapping, FIELDS);
  if (col.threadId < 0) throw new Error(`${caller}: mapping.threadId is required.`);
  if (col.text < 0 && col.turns < 0) throw new Error(`${caller}: mapping.text or mapping.turns is required.`);
  const resolveLabel = createLabelResolver(caller, context.codebookLabels, context.labelMap);
  const useRowTurns = mapping.turns === JSONL_TURNS_KEY && table.format === 'jsonl';
  const fromSpreadsheet = table.format === 'xlsx';
  const order = columnDateOrder(caller, table, col.createdAt, context.dateOrder);
  const serialRows: RowPlace[] = [];
  let serialExample = '';
  const header = (i: number) => table.headers[i] as string;

  const problems: RowProblem[] = [...table.problems];
  const valid: ImportedThread[] = [];
  const firstRowOf = new Map<string, RowPlace>();
  const unknown = new Map<string, number>();
  let overLimit = 0;

  /** The row's non-blank prompts; null when its turns cell is not a turns array. */
  const rowTurns = (row: RawRow): string[] | null => {
    if (col.turns >= 0) {
      const turns = useRowTurns && row.turns !== undefined ? row.turns : turnsFromCell(row.cells[col.turns] ?? '');
      if (turns === null) return null;
      const kept = turns.filter((t) => NOT_BLANK.test(t));
      if (kept.length > 0 || col.text < 0) return kept;
    }
    const text = row.cells[col.text] ?? '';
    return NOT_BLANK.test(text) ? [text] : [];
  };

  for (const row of table.rows) {
    const n = row.rowNumber;
    const place: RowPlace = row.line === undefined ? { row: n } : { row: n, line: row.line };
    let ok = true;
    const fail = (p: Omit<RowProblem, 'row'>) => {
      problems.push({ ...place, ...p, message: `${rowLabelStart(place)}: ${p.message}` });
      if (p.severity === 'error') ok = false;
    };
    // Date and user warnings matter only for a thread that is imported.
    const later: Omit<RowProblem, 'row'>[] = [];
    const id = (row.cells[col.threadId] ?? '').trim();
    if (id === '') {
      fail({ column: header(col.threadId), code: 'missing-id', severity: 'error', message: 'the thread id is empty.' });
    } else {
      const first = firstRowOf.get(id);
      if (first !== undefined) {
        fail({
          column: header(col.threadId),
          code: 'duplicate-id-in-file',
          severity: 'error',
          message: `the thread id ${quoteValue(id)} is already used in ${rowLabel(first)}.`,
        });
      } else firstRowOf.set(id, place);
      if (context.existingIds.has(id)) {
        fail({
          column: header(col.threadId),
          code: 'duplicate-id-in-study',
          severity: 'error',
          message: `the study already has a thread ${quoteValue(id)}.`,
        });
      }
    }
    const turns = rowTurns(row);
    if (turns === null) {
      fail({
        column: header(col.turns),
        code: 'bad-turns',
        severity: 'error',
        message: 'the turns cell is not a JSON array of prompts.',
      });
    } else if (turns.length === 0) {
      fail({
        column: header(col.text >= 0 ? col.text : col.turns),
        code: 'empty-text',
        severity: 'error',
        message: 'the thread has no text.',
      });
    }
    let createdAt: string | null = null;
    let serial = false;
    if (col.createdAt >= 0) {
      const raw = row.cells[col.createdAt] ?? '';
      const date = parseDate(raw, { excelSerial: true, ...(order && { order }) });
      const shown = quoteValue(raw.trim());
      if (date.kind === 'date') {
        createdAt = date.value;
        serial = date.serial && !fromSpreadsheet;
        if (serial) serialExample ||= `${raw.trim()} -> ${date.value}`;
      } else if (date.kind === 'empty') {
        later.push({
          column: header(col.createdAt),
          code: 'no-date',
          severity: 'warning',
          message: `${raw.trim() === '' ? 'the date is empty' : `${shown} is no date`}; the thread is imported without a date.`,
        });
      } else {
        later.push({
          column: header(col.createdAt),
          code: 'bad-date',
          severity: 'warning',
          message: `${shown} is not a date this import reads (${DATE_FORMATS}); the thread is imported without a date.`,
        });
      }
    }
    let llmLabel: string | null = null;
    if (col.llmLabel >= 0) {
      const label = resolveLabel(row.cells[col.llmLabel] ?? '');
      if (label.kind === 'label') llmLabel = label.label;
      else if (label.kind === 'unknown') {
        unknown.set(label.label, (unknown.get(label.label) ?? 0) + 1);
        fail({
          column: header(col.llmLabel),
          code: 'unknown-label',
          severity: 'warning',
          message: `the LLM label ${quoteValue(label.label)} is not a codebook category; the thread is imported without it.`,
        });
      }
    }
    if (col.userId >= 0 && optional(row.cells[col.userId]) === null) {
      later.push({
        column: header(col.userId),
        code: 'missing-user',
        severity: 'warning',
        message: 'the user id is empty; the thread counts for no user.',
      });
    }
    if (!ok || turns === null) continue;
    later.forEach(fail);
    if (serial) serialRows.push(place);
    if (threadLength(turns) > SPREADSHEET_CELL_LIMIT) overLimit += 1;
    valid.push({
      threadId: asThreadId(id),
      turns,
      userId: optional(row.cells[col.userId]),
      department: optional(row.cells[col.department]),
      role: optional(row.cells[col.role]),
      createdAt,
      llmLabel,
      llmModel: optional(row.cells[col.llmModel]),
      sourceRow: n,
    });
  }
  if (serialRows.length > 0) {
    problems.push({
      ...serialRows[0]!,
      column: header(col.createdAt),
      code: 'excel-serial-date',
      severity: 'warning',
      message: `The date column holds Excel serial numbers in ${rowList(serialRows)}; they are read as Excel dates (1900 date system, e.g. ${serialExample}). Check them if the file did not come from Excel.`,
    });
  }
  return {
    valid,
    problems: sortProblems(problems),
    overLimit,
    unknownLabels: countsByLabel(unknown),
    rowsRead: table.rowsRead,
  };
}
