import type { ColumnMapping } from './column-mapping';
import type { DateOrderEvidence } from './date-order';
import type { DateOrder } from './parse-date';
import type { RowProblem, TableFormat } from './raw-table';
import type { LlmRunId, StudyId } from '../ids';
import type { LlmRunDetails } from '../llm-run';

/** What the import worker is given: a threads file, or a separate file of LLM labels. */
export type ImportKind = 'threads' | 'llm-labels';

export type ImportRequest =
  | { type: 'read'; file: File; kind: ImportKind; studyId: StudyId }
  | { type: 'read-sheet'; sheet: string; headerRow: number | null }
  | { type: 'validate'; mapping: ColumnMapping; labelMap: [string, string | null][]; dateOrder: DateOrder | null }
  /** `run`: the details of the LLM run the file's labels make, or null when it has no labels. */
  | { type: 'commit'; run: LlmRunDetails | null }
  | { type: 'cancel' };

export interface TablePreview {
  fileName: string;
  format: TableFormat;
  headers: string[];
  /** The first rows, cells as read, with their row numbers. */
  preview: { rowNumber: number; cells: string[] }[];
  rowsRead: number;
  notes: string[];
  autoMapping: ColumnMapping;
  /** Columns holding numeric dates (03/04/2024), with the order they imply (null: the user chooses). */
  dateColumns: DateColumn[];
  /** XLSX only: the workbook's sheets and the one shown. */
  sheets: string[] | null;
  sheet: string | null;
}

export interface DateColumn {
  column: string;
  order: DateOrder | null;
  evidence: DateOrderEvidence;
}

export interface ValidationReport {
  validCount: number;
  errorCount: number;
  warningCount: number;
  /** At most MAX_REPORTED_PROBLEMS, sorted by row; the counts above are complete. */
  problems: RowProblem[];
  overLimit: number;
  /** Labels that are not codebook categories, including those the user has since mapped. */
  unknownLabels: { label: string; count: number }[];
  /** Distinct values of the model column among valid rows, when one is mapped. */
  models: string[];
}

export const MAX_REPORTED_PROBLEMS = 5000;

export type ImportPhase = 'reading' | 'validating' | 'writing';

export type ImportResponse =
  | { type: 'table'; table: TablePreview }
  | { type: 'report'; report: ValidationReport }
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; threads: number; llmLabels: number; runId: LlmRunId | null }
  | { type: 'cancelled' }
  | { type: 'error'; name: string; message: string };
