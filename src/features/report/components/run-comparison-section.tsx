import { formatCount } from '../../../domain/format-count';
import { ratingsToLongCsv } from '../../../domain/formats/ratings-export';
import { describeRun } from '../../../domain/llm-run';
import { goldLabelsCsv } from '../../../domain/report/gold-labels-csv';
import { runComparisonCsv } from '../../../domain/report/run-comparison-csv';
import { downloadText } from '../../../lib/download';
import { REPORT_RESAMPLES } from '../../../queries/report-queries';
import type { RunComparisonData } from '../../../queries/run-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import type { RunComparisonState } from '../hooks/use-run-comparison';
import { RunComparisonTables } from './run-comparison-tables';
import { RunPairPicker } from './run-pair-picker';

const shellQuoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function ComparisonFiles({ data, fileName }: { data: RunComparisonData; fileName: string }) {
  const runsFile = `${fileName}-runs.csv`;
  const goldFile = `${fileName}-gold-labels.csv`;
  const names = data.runs.map((r) => describeRun(r).name) as [string, string];
  const command = `npm run --silent compare-models -- ${runsFile} --gold ${goldFile} --models ${shellQuoted(data.raterIds.join(','))}`;
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        {data.comparison && (
          <Button
            onClick={() =>
              downloadText(`${fileName}-run-comparison.csv`, runComparisonCsv(data.comparison!, names), 'text/csv')
            }
          >
            Download the comparison table (CSV)
          </Button>
        )}
        <Button onClick={() => downloadText(runsFile, ratingsToLongCsv(data.rows), 'text/csv')}>
          Export the two runs’ labels (CSV)
        </Button>
        <Button
          onClick={() => downloadText(goldFile, goldLabelsCsv(data.gold), 'text/csv')}
          disabled={data.gold.size === 0}
        >
          Export gold labels for npm run compare-models (CSV)
        </Button>
      </div>
      <p className="text-sm text-slate-700">
        The same numbers from the command line: <code className="rounded bg-slate-100 px-1 text-xs">{command}</code>
      </p>
    </div>
  );
}

/** Two of the study's runs compared on the report's gold labels. */
export function RunComparisonSection({ state, fileName }: { state: RunComparisonState; fileName: string }) {
  const { runs, pair, choose, query } = state;
  if (pair === null) return null;
  const data = query?.data;
  const names = data ? (data.runs.map((r) => describeRun(r).name) as [string, string]) : null;
  return (
    <section aria-labelledby="run-comparison-heading" className="space-y-3">
      <h3 id="run-comparison-heading" className="text-base font-semibold">
        Two runs compared on the gold labels
      </h3>
      <RunPairPicker runs={runs} pair={pair} onChange={choose} />
      {pair[0] === pair[1] && <Alert tone="info" title="Choose two different runs to compare." />}
      {query?.error && (
        <Alert tone="error" title="The comparison could not be computed">
          {errorMessage(query.error)}
        </Alert>
      )}
      {query?.isPending && (
        <p role="status" className="text-sm text-slate-700">
          Comparing the runs ({formatCount(REPORT_RESAMPLES)} bootstrap resamples, in the background)…
        </p>
      )}
      {data && data.comparison === null && (
        <p className="text-sm">
          No thread of these samples has a final (gold) label yet: decide disagreements to compare the runs.
        </p>
      )}
      {data?.comparison && names && <RunComparisonTables comparison={data.comparison} names={names} />}
      {data && <ComparisonFiles data={data} fileName={fileName} />}
    </section>
  );
}
