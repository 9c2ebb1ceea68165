import type { ConcordDatabase } from '../db/database';
import { getLatestCodebook } from '../db/repos/codebooks';
import { importThreads } from '../db/repos/import-threads';
import { importLlmLabels } from '../db/repos/llm-labels';
import { listThreadIds } from '../db/repos/threads';
import { autoMapColumns, type ColumnMapping } from '../domain/formats/column-mapping';
import { dateOrderEvidence, inferDateOrder } from '../domain/formats/date-order';
import { decodeText } from '../domain/formats/decode-text';
import { parseDelimited } from '../domain/formats/delimited';
import { parseJsonl } from '../domain/formats/jsonl';
import type { DateOrder } from '../domain/formats/parse-date';
import type { RawTable, RowProblem } from '../domain/formats/raw-table';
import { validateLlmLabels, type LlmLabelValidation } from '../domain/formats/validate-llm-labels';
import { validateThreads, type ThreadValidation } from '../domain/formats/validate-threads';
import { openWorkbook, type Workbook } from '../domain/formats/xlsx';
import type { StudyId } from '../domain/ids';
import {
  MAX_REPORTED_PROBLEMS,
  type DateColumn,
  type ImportKind,
  type ImportResponse,
  type TablePreview,
  type ValidationReport,
} from '../domain/formats/import-protocol';

const PREVIEW_ROWS = 8;

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

interface Loaded {
  kind: ImportKind;
  studyId: StudyId;
  fileName: string;
  workbook: Workbook | null;
  sheet: string | null;
  table: RawTable;
}

/**
 * One import, from a file to stored records, run inside the import worker so that neither the
 * rows nor the parsing ever reach the page: the page gets a preview, a report and progress.
 * Steps: read (and for XLSX choose a sheet), validate with a column mapping, commit.
 */
export class ImportSession {
  private loaded: Loaded | null = null;
  private mapping: ColumnMapping = {};
  private validation: { threads: ThreadValidation } | { labels: LlmLabelValidation } | null = null;
  private readonly abort = new AbortController();
  /** Labels found unknown by any check of this file, so they stay listed once mapped. */
  private unknownSeen = new Map<string, number>();

  constructor(
    private readonly db: ConcordDatabase,
    private readonly post: (response: ImportResponse) => void,
    private readonly now: () => string,
  ) {}

  async read(file: File, kind: ImportKind, studyId: StudyId): Promise<void> {
    this.post({ type: 'progress', phase: 'reading', done: 0, total: file.size });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = file.name.toLowerCase();
    let workbook: Workbook | null = null;
    let table: RawTable;
    let sheet: string | null = null;
    if (name.endsWith('.xlsx') || name.endsWith('.xlsm') || isZip(bytes)) {
      workbook = openWorkbook(bytes);
      sheet = workbook.sheetNames[0] ?? null;
      if (sheet === null) throw new Error(`${file.name}: the workbook has no sheets`);
      table = workbook.readSheet(sheet);
    } else {
      const decoded = decodeText(bytes);
      table =
        name.endsWith('.jsonl') || name.endsWith('.ndjson') || looksLikeJsonl(decoded.text)
          ? parseJsonl(decoded.text)
          : parseDelimited(decoded.text);
      if (decoded.note) table.notes.unshift(decoded.note);
    }
    this.loaded = { kind, studyId, fileName: file.name, workbook, sheet, table };
    this.validation = null;
    this.unknownSeen = new Map();
    this.post({ type: 'progress', phase: 'reading', done: file.size, total: file.size });
    this.post({ type: 'table', table: this.preview() });
  }

  readSheet(sheet: string, headerRow: number | null): void {
    const loaded = this.require('readSheet');
    if (!loaded.workbook) throw new Error('readSheet: only a workbook has sheets');
    loaded.table = loaded.workbook.readSheet(sheet, headerRow === null ? {} : { headerRow });
    loaded.sheet = sheet;
    this.validation = null;
    this.post({ type: 'table', table: this.preview() });
  }

  async validate(
    mapping: ColumnMapping,
    labelMap: ReadonlyMap<string, string | null>,
    dateOrder: DateOrder | null = null,
  ): Promise<void> {
    const loaded = this.require('validate');
    this.post({ type: 'progress', phase: 'validating', done: 0, total: loaded.table.rowsRead });
    const [ids, codebook] = await Promise.all([
      listThreadIds(this.db, loaded.studyId),
      getLatestCodebook(this.db, loaded.studyId),
    ]);
    const codebookLabels = new Set(codebook.categories.map((c) => c.name));
    this.mapping = mapping;
    let report: ValidationReport;
    if (loaded.kind === 'threads') {
      const v = validateThreads(loaded.table, mapping, {
        existingIds: new Set(ids),
        codebookLabels,
        labelMap,
        ...(dateOrder !== null && { dateOrder }),
      });
      this.validation = { threads: v };
      report = toReport(
        v.valid.length,
        v.problems,
        v.overLimit,
        this.rememberUnknown(v.unknownLabels),
        models(v.valid),
      );
    } else {
      const v = validateLlmLabels(loaded.table, mapping, { studyIds: new Set(ids), codebookLabels, labelMap });
      this.validation = { labels: v };
      report = toReport(v.valid.length, v.problems, 0, this.rememberUnknown(v.unknownLabels), models(v.valid));
    }
    this.post({ type: 'report', report });
  }

  async commit(llmModel: string | null): Promise<void> {
    const loaded = this.require('commit');
    if (!this.validation) throw new Error('commit: validate the file first');
    const source = loaded.fileName;
    const now = this.now();
    const progress = (done: number, total: number) => {
      if (this.abort.signal.aborted) throw new ImportCancelled('The import was cancelled; nothing was stored.');
      this.post({ type: 'progress', phase: 'writing', done, total });
    };
    if ('threads' in this.validation) {
      const threads = this.validation.threads.valid;
      const model = this.mapping.llmLabel ? llmModel?.trim() || 'LLM' : null;
      const result = await importThreads(
        this.db,
        { studyId: loaded.studyId, threads, llmModel: model, source, now },
        progress,
      );
      this.post({ type: 'done', ...result });
    } else {
      const labels = this.validation.labels.valid;
      const model = llmModel?.trim() || labels.find((l) => l.model)?.model || 'LLM';
      progress(0, labels.length);
      const runId = await importLlmLabels(this.db, { studyId: loaded.studyId, model, source, labels, now });
      this.post({ type: 'done', threads: 0, llmLabels: labels.length, runId });
    }
  }

  /** Stops a write between chunks: the transaction aborts and nothing is stored. */
  cancel(): void {
    this.abort.abort();
  }

  private rememberUnknown(unknown: { label: string; count: number }[]): { label: string; count: number }[] {
    for (const { label, count } of unknown) this.unknownSeen.set(label, count);
    return [...this.unknownSeen].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
  }

  private require(step: string): Loaded {
    if (!this.loaded) throw new Error(`${step}: no file has been read`);
    return this.loaded;
  }

  private preview(): TablePreview {
    const { table, fileName, workbook, sheet } = this.require('preview');
    return {
      fileName,
      format: table.format,
      headers: table.headers,
      preview: table.rows.slice(0, PREVIEW_ROWS).map((r) => ({ rowNumber: r.rowNumber, cells: r.cells })),
      rowsRead: table.rowsRead,
      notes: table.notes,
      autoMapping: autoMapColumns(table.headers),
      dateColumns: dateColumns(table),
      sheets: workbook?.sheetNames ?? null,
      sheet,
    };
  }
}

/** Every column with numeric dates, and the day/month order its values imply. */
function dateColumns(table: RawTable): DateColumn[] {
  return table.headers.flatMap((column, i) => {
    const evidence = dateOrderEvidence(table.rows.map((r) => r.cells[i] ?? ''));
    const order = inferDateOrder(evidence);
    if (order === 'none') return [];
    return [{ column, order, evidence }];
  });
}

function toReport(
  validCount: number,
  problems: RowProblem[],
  overLimit: number,
  unknownLabels: { label: string; count: number }[],
  modelNames: string[],
): ValidationReport {
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return {
    validCount,
    errorCount,
    warningCount: problems.length - errorCount,
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    overLimit,
    unknownLabels,
    models: modelNames,
  };
}

function models(rows: readonly { llmModel?: string | null; model?: string | null }[]): string[] {
  const names = new Set<string>();
  for (const r of rows) {
    const m = r.llmModel ?? r.model;
    if (m) names.add(m);
  }
  return [...names].sort();
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

const looksLikeJsonl = (text: string) => /^\s*\{/.test(text.slice(0, 64));
