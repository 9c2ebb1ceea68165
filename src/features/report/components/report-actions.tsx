import { ratingsToLongCsv } from '../../../domain/formats/ratings-export';
import { goldLabelsCsv } from '../../../domain/report/gold-labels-csv';
import { downloadText } from '../../../lib/download';
import { BOOTSTRAP_SEED } from '../../../queries/agreement-queries';
import { REPORT_RESAMPLES, type ReportData } from '../../../queries/report-queries';
import { Button } from '../../../ui/button';

/**
 * The files that reproduce the report with `npm run agreement` (exactly the rows and gold labels
 * it was computed from), and printing.
 */
export function ReportActions({ data, fileName }: { data: ReportData; fileName: string }) {
  const ratingsFile = `${fileName}-ratings.csv`;
  // Not `-gold.csv`: that is the Exports page's gold-standard file, a different table.
  const goldFile = `${fileName}-gold-labels.csv`;
  const canGold = data.llmModel !== null && data.gold.size > 0;
  const command = [
    `npm run --silent agreement -- ${ratingsFile} --ci --seed ${BOOTSTRAP_SEED} --resamples ${REPORT_RESAMPLES}`,
    ...(data.llmModel === null ? [] : ['--model LLM']),
    ...(canGold ? [`--gold ${goldFile}`] : []),
  ].join(' ');
  return (
    <section aria-labelledby="reproduce-heading" className="space-y-2 print:hidden">
      <h2 id="reproduce-heading" className="text-lg font-semibold">
        Files and printing
      </h2>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => downloadText(ratingsFile, ratingsToLongCsv(data.rows), 'text/csv')}>
          Export ratings (CSV)
        </Button>
        <Button
          onClick={() => downloadText(goldFile, goldLabelsCsv(data.gold), 'text/csv')}
          disabled={!canGold}
          title={canGold ? undefined : 'Needs LLM labels and at least one decided thread'}
        >
          Export gold labels for npm run agreement (CSV)
        </Button>
        <Button onClick={() => window.print()}>Print report</Button>
      </div>
      <p className="text-sm text-slate-700">
        The same numbers from the command line: <code className="rounded bg-slate-100 px-1 text-xs">{command}</code>
      </p>
    </section>
  );
}
