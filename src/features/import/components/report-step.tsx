import { useState } from 'react';
import type { Category } from '../../../domain/codebook/codebook';
import { checkRunDetails, type LlmRunDetails } from '../../../domain/llm-run';
import { localDate } from '../../../lib/local-date';
import { RunDetailsFields, type RunDetailsDraft } from '../../../ui/run-details-fields';
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
  onImport: (run: LlmRunDetails | null) => void;
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
  const [run, setRun] = useState(() => runDraft(report.models, table.fileName));
  const [runProblems, setRunProblems] = useState<string[]>([]);
  const importRows = () => {
    if (!hasLabels) return onImport(null);
    const checked = checkRunDetails(run);
    setRunProblems(checked.problems);
    if (checked.details) onImport(checked.details);
  };
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
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">The LLM run these labels come from</legend>
          <RunDetailsFields value={run} onChange={setRun} problems={runProblems} />
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={importRows} disabled={report.validCount === 0}>
          Import {plural(report.validCount, `valid ${what}`)}
        </Button>
        <Button onClick={onBack}>Back to columns</Button>
        <Button onClick={onCancel}>Cancel import</Button>
      </div>
    </section>
  );
}

/** A new run is named after the file's model when it names one, else after the file; dated today. */
function runDraft(models: readonly string[], fileName: string): RunDetailsDraft {
  const model = models[0] ?? 'LLM';
  const name = models.length === 1 ? model : fileName.replace(/\.[^.]+$/, '');
  return { name, model, note: '', ranAt: localDate(new Date()) };
}
