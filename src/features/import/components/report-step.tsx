import { useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import { formatCount, plural } from '../../../domain/format-count';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import type { ImportKind, TablePreview, ValidationReport } from '../../../domain/formats/import-protocol';
import { MAX_REPORTED_PROBLEMS } from '../../../domain/formats/import-protocol';
import { LabelMapping } from './label-mapping';
import { ProblemTable } from './problem-table';

interface Props {
  kind: ImportKind;
  table: TablePreview;
  report: ValidationReport;
  categories: Category[];
  labelMap: Map<string, string | null>;
  hasLabels: boolean;
  onLabelMapChange: (labelMap: Map<string, string | null>) => void;
  onImport: (llmModel: string | null) => void;
  onBack: () => void;
  onCancel: () => void;
}

export function ReportStep({
  kind,
  table,
  report,
  categories,
  labelMap,
  hasLabels,
  onLabelMapChange,
  onImport,
  onBack,
  onCancel,
}: Props) {
  const [model, setModel] = useState(report.models.length === 1 ? report.models[0]! : '');
  const what = kind === 'threads' ? 'thread' : 'LLM label';
  return (
    <section aria-labelledby="report-heading" className="space-y-4">
      <h2 id="report-heading" className="text-lg font-semibold">
        3. Check the report for {table.fileName}
      </h2>
      <Alert
        tone={report.errorCount > 0 ? 'error' : 'success'}
        title={`${plural(report.validCount, what)} can be imported`}
      >
        <p>
          {formatCount(table.rowsRead)} rows read · {plural(report.errorCount, 'row problem')} (not imported) ·{' '}
          {plural(report.warningCount, 'warning')} (imported)
          {report.overLimit > 0 &&
            ` · ${plural(report.overLimit, 'thread')} longer than a spreadsheet cell (32,767 characters), kept whole and flagged for exports`}
        </p>
      </Alert>
      {report.unknownLabels.length > 0 && (
        <LabelMapping
          unknownLabels={report.unknownLabels}
          categories={categories}
          labelMap={labelMap}
          onChange={onLabelMapChange}
        />
      )}
      {report.problems.length > 0 && <ProblemTable problems={report.problems} />}
      {report.problems.length >= MAX_REPORTED_PROBLEMS && (
        <p className="text-sm">
          Only the first {formatCount(MAX_REPORTED_PROBLEMS)} problems are listed; the counts above are complete.
        </p>
      )}
      {hasLabels && (
        <label className="flex max-w-md flex-col text-sm">
          Name of the model (or run) whose labels these are
          <input
            value={model}
            onChange={(e) => setModel(e.target.value)}
            placeholder="e.g. gpt-4o-2024-08-06"
            className="mt-1 rounded border border-slate-300 px-2 py-1"
          />
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => onImport(hasLabels ? model : null)} disabled={report.validCount === 0}>
          Import {plural(report.validCount, `valid ${what}`)}
        </Button>
        <Button onClick={onBack}>Back to columns</Button>
        <Button onClick={onCancel}>Cancel import</Button>
      </div>
    </section>
  );
}
