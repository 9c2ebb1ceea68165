import { asThreadId, type ThreadId } from '../ids';
import type { ColumnMapping } from './column-mapping';
import { countsByLabel, createLabelResolver } from './label-resolver';
import { mappedColumns, quoteValue } from './mapped-columns';
import { sortProblems, type RawTable, type RowProblem } from './raw-table';
import { rowLabelStart, rowLabel, type RowPlace } from './row-label';

export interface LlmLabelRow {
  threadId: ThreadId;
  /** A codebook category name (after the label map). */
  label: string;
  model: string | null;
  sourceRow: number;
}

export interface LlmLabelValidationContext {
  /** Thread ids of the study: a label for any other id cannot be stored. */
  studyIds: ReadonlySet<string>;
  codebookLabels: ReadonlySet<string> | null;
  /** Raw label (trimmed) -> category name, or null to drop the rows with that label. */
  labelMap?: ReadonlyMap<string, string | null>;
}

export interface LlmLabelValidation {
  valid: LlmLabelRow[];
  problems: RowProblem[];
  /** Labels neither in the codebook nor in the label map, most frequent first. */
  unknownLabels: { label: string; count: number }[];
  /** Rows left out because the label map drops their label (not problems). */
  dropped: number;
  rowsRead: number;
}

const FIELDS = ['threadId', 'llmLabel', 'llmModel'] as const;

/**
 * Reads a separate file of LLM labels (thread id, label, optionally model), one row per
 * thread and model.
 *
 * Errors (the row is not imported): no thread id ('missing-id'); an id that is not a
 * thread of the study ('unknown-thread'); the same thread (and model, when a model column
 * is mapped) on an earlier row ('duplicate-id-in-file', naming that row); no label
 * ('empty-label'); a label neither in the codebook nor in the label map ('unknown-label':
 * a row is nothing without its label; counted in unknownLabels so that it can be mapped).
 * Rows whose label the map sends to null are dropped and counted in `dropped`.
 * Ids, labels and models are trimmed. Preconditions (throw): threadId and llmLabel are
 * mapped, every mapped column exists, label map targets are codebook categories.
 */
export function validateLlmLabels(
  table: RawTable,
  mapping: ColumnMapping,
  context: LlmLabelValidationContext,
): LlmLabelValidation {
  const caller = 'validateLlmLabels';
  const col = mappedColumns(caller, table, mapping, FIELDS);
  if (col.threadId < 0 || col.llmLabel < 0)
    throw new Error(`${caller}: mapping.threadId and mapping.llmLabel are required.`);
  const resolveLabel = createLabelResolver(caller, context.codebookLabels, context.labelMap);
  const idColumn = table.headers[col.threadId] as string;
  const labelColumn = table.headers[col.llmLabel] as string;

  const problems: RowProblem[] = [...table.problems];
  const valid: LlmLabelRow[] = [];
  const firstRowOf = new Map<string, RowPlace>();
  const unknown = new Map<string, number>();
  let dropped = 0;
  for (const row of table.rows) {
    const n = row.rowNumber;
    const place: RowPlace = row.line === undefined ? { row: n } : { row: n, line: row.line };
    let ok = true;
    const fail = (p: Omit<RowProblem, 'row' | 'severity'>) => {
      problems.push({ ...place, severity: 'error', ...p, message: `${rowLabelStart(place)}: ${p.message}` });
      ok = false;
    };
    const id = (row.cells[col.threadId] ?? '').trim();
    const model = (row.cells[col.llmModel] ?? '').trim() || null;
    if (id === '') fail({ column: idColumn, code: 'missing-id', message: 'the thread id is empty.' });
    else if (!context.studyIds.has(id))
      fail({ column: idColumn, code: 'unknown-thread', message: `the study has no thread ${quoteValue(id)}.` });
    else {
      const key = model === null ? id : `${id}\u0000${model}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        fail({
          column: idColumn,
          code: 'duplicate-id-in-file',
          message: `thread ${quoteValue(id)}${model === null ? '' : ` (model ${quoteValue(model)})`} already has a label in ${rowLabel(first)}.`,
        });
      } else firstRowOf.set(key, place);
    }
    const label = resolveLabel(row.cells[col.llmLabel] ?? '');
    if (label.kind === 'empty') fail({ column: labelColumn, code: 'empty-label', message: 'the label is empty.' });
    else if (label.kind === 'unknown') {
      unknown.set(label.label, (unknown.get(label.label) ?? 0) + 1);
      fail({
        column: labelColumn,
        code: 'unknown-label',
        message: `the label ${quoteValue(label.label)} is not a codebook category.`,
      });
    }
    if (!ok) continue;
    if (label.kind === 'dropped') {
      dropped += 1;
      continue;
    }
    if (label.kind === 'label') valid.push({ threadId: asThreadId(id), label: label.label, model, sourceRow: n });
  }
  return {
    valid,
    problems: sortProblems(problems),
    unknownLabels: countsByLabel(unknown),
    dropped,
    rowsRead: table.rowsRead,
  };
}
