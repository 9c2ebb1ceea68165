import { asThreadId } from '../ids';
import { SPREADSHEET_CELL_LIMIT, threadLength, type ThreadInput } from '../threads/thread';
import type { ColumnMapping } from './column-mapping';
import { JSONL_TURNS_KEY } from './jsonl';
import { countsByLabel, createLabelResolver } from './label-resolver';
import { mappedColumns, quoteValue } from './mapped-columns';
import { parseDate } from './parse-date';
import { sortProblems, type RawRow, type RawTable, type RowProblem } from './raw-table';
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
const FIELDS = ['threadId', 'text', 'turns', 'llmLabel', 'llmModel', 'userId', 'department', 'role', 'createdAt'] as const;

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
 * a turns cell that is not a turns array ('bad-turns'); a date parseDate rejects ('bad-date';
 * Excel serials are accepted from XLSX only).
 * Warning (the row is imported): an LLM label that is not a codebook category and not in
 * the label map ('unknown-label'): the thread comes in with llmLabel null, and the label is
 * counted in unknownLabels so that the user can map it and validate again.
 *
 * Prompts: from the turns column when mapped and non-blank (JSONL rows use RawRow.turns,
 * other cells go through turnsFromCell), else the text column as one turn. Blank turns are
 * dropped; text is never trimmed or truncated. Ids, labels, model, user, department and role
 * are trimmed; blank optional cells are null. sourceRow is the row number of the file.
 * Preconditions (throw): threadId and text or turns are mapped, every mapped column exists,
 * label map targets are codebook categories. Linear in the size of the table.
 */
export function validateThreads(table: RawTable, mapping: ColumnMapping, context: ThreadValidationContext): ThreadValidation {
  const caller = 'validateThreads';
  const col = mappedColumns(caller, table, mapping, FIELDS);
  if (col.threadId < 0) throw new Error(`${caller}: mapping.threadId is required.`);
  if (col.text < 0 && col.turns < 0) throw new Error(`${caller}: mapping.text or mapping.turns is required.`);
  const resolveLabel = createLabelResolver(caller, context.codebookLabels, context.labelMap);
  const useRowTurns = mapping.turns === JSONL_TURNS_KEY && table.format === 'jsonl';
  const excelSerial = table.format === 'xlsx';
  const header = (i: number) => table.headers[i] as string;

  const problems: RowProblem[] = [...table.problems];
  const valid: ImportedThread[] = [];
  const firstRowOf = new Map<string, number>();
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
    let ok = true;
    const fail = (p: Omit<RowProblem, 'row'>) => {
      problems.push({ row: n, ...p, message: `Row ${n}: ${p.message}` });
      if (p.severity === 'error') ok = false;
    };
    const id = (row.cells[col.threadId] ?? '').trim();
    if (id === '') {
      fail({ column: header(col.threadId), code: 'missing-id', severity: 'error', message: 'the thread id is empty.' });
    } else {
      const first = firstRowOf.get(id);
      if (first !== undefined) {
        fail({ column: header(col.threadId), code: 'duplicate-id-in-file', severity: 'error', message: `the thread id ${quoteValue(id)} is already used in row ${first}.` });
      } else firstRowOf.set(id, n);
      if (context.existingIds.has(id)) {
        fail({ column: header(col.threadId), code: 'duplicate-id-in-study', severity: 'error', message: `the study already has a thread ${quoteValue(id)}.` });
      }
    }
    const turns = rowTurns(row);
    if (turns === null) {
      fail({ column: header(col.turns), code: 'bad-turns', severity: 'error', message: 'the turns cell is not a JSON array of prompts.' });
    } else if (turns.length === 0) {
      fail({ column: header(col.text >= 0 ? col.text : col.turns), code: 'empty-text', severity: 'error', message: 'the thread has no text.' });
    }
    let createdAt: string | null = null;
    if (col.createdAt >= 0) {
      const raw = row.cells[col.createdAt] ?? '';
      const parsed = parseDate(raw, { excelSerial });
      if (parsed === 'invalid') {
        fail({ column: header(col.createdAt), code: 'bad-date', severity: 'error', message: `${quoteValue(raw.trim())} is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:mm or M/D/YYYY).` });
      } else createdAt = parsed;
    }
    let llmLabel: string | null = null;
    if (col.llmLabel >= 0) {
      const label = resolveLabel(row.cells[col.llmLabel] ?? '');
      if (label.kind === 'label') llmLabel = label.label;
      else if (label.kind === 'unknown') {
        unknown.set(label.label, (unknown.get(label.label) ?? 0) + 1);
        fail({ column: header(col.llmLabel), code: 'unknown-label', severity: 'warning', message: `the LLM label ${quoteValue(label.label)} is not a codebook category; the thread is imported without it.` });
      }
    }
    if (!ok || turns === null) continue;
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
  return { valid, problems: sortProblems(problems), overLimit, unknownLabels: countsByLabel(unknown), rowsRead: table.rowsRead };
}
