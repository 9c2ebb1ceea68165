import {
  describeMappingProblems,
  THREAD_FIELD_LABELS,
  type ColumnMapping,
  type ThreadField,
} from '../../../domain/formats/column-mapping';
import type { DateOrder } from '../../../domain/formats/parse-date';
import { formatCount } from '../../../domain/format-count';
import { Button } from '../../../ui/button';
import type { ImportKind, TablePreview } from '../../../domain/formats/import-protocol';
import { DateOrderChoice } from './date-order-choice';
import { PreviewTable } from './preview-table';
import { SheetPicker } from './sheet-picker';

const FIELDS: Record<ImportKind, ThreadField[]> = {
  threads: ['threadId', 'text', 'turns', 'llmLabel', 'llmModel', 'userId', 'department', 'role', 'createdAt'],
  'llm-labels': ['threadId', 'llmLabel', 'llmModel'],
};
const REQUIRED: Record<ImportKind, ThreadField[]> = {
  threads: ['threadId', 'text'],
  'llm-labels': ['threadId', 'llmLabel'],
};

interface Props {
  kind: ImportKind;
  table: TablePreview;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  dateOrder: DateOrder | null;
  onDateOrderChange: (order: DateOrder) => void;
  onReadSheet: (sheet: string, headerRow: number | null) => void;
  /** With the date order the lead chose, when the mapped date column needs one. */
  onCheck: (dateOrder: DateOrder | null) => void;
  onCancel: () => void;
}

export function MappingStep({
  kind,
  table,
  mapping,
  onMappingChange,
  dateOrder,
  onDateOrderChange,
  onReadSheet,
  onCheck,
  onCancel,
}: Props) {
  const dates = kind === 'threads' ? table.dateColumns.find((d) => d.column === mapping.createdAt) : undefined;
  const problems = describeMappingProblems(mapping, { kind, headers: table.headers });
  if (dates && dates.order === null && dateOrder === null)
    problems.push({ field: 'createdAt', message: `Choose the date order of “${dates.column}”.` });
  return (
    <section aria-labelledby="mapping-heading" className="space-y-4">
      <h2 id="mapping-heading" className="text-lg font-semibold">
        2. Match the columns of {table.fileName}
      </h2>
      <p className="text-sm">
        {formatCount(table.rowsRead)} rows read ({table.format.toUpperCase()}). Columns were matched by their names;
        change any that are wrong. Nothing is stored until you confirm the report in the next step.
      </p>
      {table.sheets && <SheetPicker sheets={table.sheets} sheet={table.sheet} onRead={onReadSheet} />}
      {table.notes.length > 0 && (
        <ul aria-label="Notes on reading the file" className="list-disc pl-5 text-sm text-slate-700">
          {table.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <fieldset className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">Columns</legend>
        {FIELDS[kind].map((field) => (
          <label key={field} className="flex flex-col text-sm">
            <span>
              {THREAD_FIELD_LABELS[field]}
              {REQUIRED[kind].includes(field) ? (field === 'text' ? ' (or turns)' : ' (required)') : ''}
            </span>
            <select
              value={mapping[field] ?? ''}
              onChange={(e) => onMappingChange({ ...mapping, [field]: e.target.value || undefined })}
              className="mt-1 rounded border border-slate-300 bg-white px-2 py-1"
            >
              <option value="">— not in this file —</option>
              {table.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {dates && <DateOrderChoice info={dates} order={dateOrder} onChange={onDateOrderChange} />}
      {problems.length > 0 && (
        <ul aria-label="Column problems" className="list-disc pl-5 text-sm text-red-800">
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      <PreviewTable table={table} />
      <div className="flex gap-2">
        <Button
          variant="primary"
          onClick={() => onCheck(dates?.order === null ? dateOrder : null)}
          disabled={problems.length > 0}
        >
          Check {formatCount(table.rowsRead)} rows
        </Button>
        <Button onClick={onCancel}>Cancel import</Button>
      </div>
    </section>
  );
}
