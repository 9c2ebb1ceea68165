import { useId, useState } from 'react';
import { LLM_RATER } from '../../../domain/agreement/sample-ratings';
import { exportFileName } from '../../../domain/exports/file-names';
import { goldToCsv, goldToJsonl, type GoldTable } from '../../../domain/exports/gold-file';
import { ratingsToLongCsv } from '../../../domain/formats/ratings-export';
import type { Sample } from '../../../domain/sampling/sample';
import type { Study } from '../../../domain/study';
import { SPREADSHEET_CELL_LIMIT } from '../../../domain/threads/thread';
import { downloadBlob, downloadText } from '../../../lib/download';
import { formatCount, plural } from '../../../domain/format-count';
import { readGoldExport, readRatingsExport } from '../../../queries/export-queries';
import { Button } from '../../../ui/button';
import { useExportAction, type ExportResult } from '../hooks/use-export-action';
import { ExportStatus } from './export-status';

type GoldFormat = 'csv' | 'jsonl' | 'xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function goldSummary(table: GoldTable): string {
  const count = (status: string) => table.rows.filter((r) => r.status === status).length;
  return (
    `${plural(table.rows.length, 'thread')}: ${formatCount(count('final'))} with a final label, ` +
    `${formatCount(count('needs decision'))} waiting for a decision, ${formatCount(count('incomplete'))} not labeled by every reviewer yet.`
  );
}

async function saveGold(table: GoldTable, format: GoldFormat, fileName: string): Promise<ExportResult> {
  const title = `Saved ${fileName}`;
  const detail = goldSummary(table);
  if (format === 'csv') {
    downloadText(fileName, goldToCsv(table), 'text/csv');
    return { title, detail };
  }
  if (format === 'jsonl') {
    downloadText(fileName, goldToJsonl(table), 'application/x-ndjson');
    return { title, detail };
  }
  // The XLSX library is a third of the app's JS: fetched only when a workbook is asked for (issue #12).
  const { goldToXlsx } = await import('../../../domain/exports/gold-xlsx');
  const xlsx = goldToXlsx(table);
  downloadBlob(fileName, new Blob([xlsx.bytes], { type: XLSX_TYPE }));
  const warnings: string[] = [];
  if (xlsx.splitThreadIds.length > 0) {
    warnings.push(
      `The text of ${plural(xlsx.splitThreadIds.length, 'thread')} is longer than a spreadsheet cell (${formatCount(SPREADSHEET_CELL_LIMIT)} characters), ` +
        `so it continues in columns text_2 to text_${xlsx.textColumns} (join them in order): ${xlsx.splitThreadIds.join(', ')}.`,
    );
  }
  if (xlsx.notFitted.length > 0) {
    warnings.push(
      `These cells could not be placed in the workbook and were left empty (the CSV and JSONL files hold them whole): ` +
        `${xlsx.notFitted.map((n) => `${n.threadId} (${n.column})`).join(', ')}.`,
    );
  }
  return { title, detail, ...(warnings.length ? { warning: warnings.join(' ') } : {}) };
}

/** The files of one sample: its gold standard in three formats and its ratings in long format. */
export function SampleExports({ study, sample }: { study: Study; sample: Sample }) {
  const [includeText, setIncludeText] = useState(false);
  const { state, run, busy } = useExportAction();
  const headingId = useId();

  const exportGold = (format: GoldFormat) =>
    run(`Exporting the gold standard as ${format.toUpperCase()}`, async () => {
      const { table } = await readGoldExport(study.id, sample.sampleId, includeText);
      // The two gold files differ in content, so they never share a name (nor overwrite each other).
      return saveGold(
        table,
        format,
        exportFileName([study.name, sample.name, includeText ? 'gold-with-text' : 'gold'], format),
      );
    });

  const exportRatings = () =>
    run('Exporting the ratings', async () => {
      const rows = await readRatingsExport(study.id, sample.sampleId);
      const fileName = exportFileName([study.name, sample.name, 'ratings'], 'csv');
      downloadText(fileName, ratingsToLongCsv(rows), 'text/csv');
      const raters = new Set(rows.map((r) => r.raterId));
      const withLlm = raters.has(LLM_RATER);
      return {
        title: `Saved ${fileName}`,
        detail:
          `${plural(rows.length, 'row')} (item_id, rater_id, label): ${plural(sample.threadIds.length, 'thread')} × ${plural(raters.size, 'rater')}` +
          `${withLlm ? ', the LLM included as rater LLM' : ', no LLM labels in this study'}. ` +
          `Check it with: npm run agreement -- ${fileName}${withLlm ? ` --model LLM --gold ${exportFileName([study.name, sample.name, 'gold'], 'csv')}` : ''}`,
      };
    });

  return (
    <li>
      <section aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 bg-white p-3 text-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={headingId} className="font-semibold">
            {sample.name}
          </h3>
          <p className="text-slate-600">
            {plural(sample.threadIds.length, 'thread')} · {plural(sample.reviewerIds.length, 'reviewer')} · codebook v
            {sample.codebookVersion}
          </p>
        </div>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="mb-1 font-medium">Gold standard (one row per thread)</legend>
          <Button onClick={() => void exportGold('csv')} disabled={busy}>
            Gold standard as CSV
          </Button>
          <Button onClick={() => void exportGold('jsonl')} disabled={busy}>
            Gold standard as JSONL
          </Button>
          <Button onClick={() => void exportGold('xlsx')} disabled={busy}>
            Gold standard as XLSX
          </Button>
          <label className="ml-2 flex items-center gap-1">
            <input type="checkbox" checked={includeText} onChange={(e) => setIncludeText(e.target.checked)} />
            Include thread text
          </label>
        </fieldset>
        <div>
          <Button onClick={() => void exportRatings()} disabled={busy}>
            Ratings (long format, LLM as rater) CSV
          </Button>
        </div>
        <ExportStatus state={state} />
      </section>
    </li>
  );
}
