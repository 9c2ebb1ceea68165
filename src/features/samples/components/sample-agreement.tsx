import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { landisKochReading } from '../../../domain/agreement/landis-koch';
import type { Estimate } from '../../../domain/agreement/estimate';
import { ratingsToLongCsv } from '../../../domain/formats/ratings-export';
import type { Sample } from '../../../domain/sampling/sample';
import { downloadText } from '../../../lib/download';
import { agreementQueries, BOOTSTRAP_SEED, readSampleRatingRows } from '../../../queries/agreement-queries';
import { Button } from '../../../ui/button';

const fixed = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(3));
const interval = (e: Estimate, bootstrap: boolean) => {
  const i = bootstrap ? e.bootstrap : e.ci;
  return i && i.lower !== null && i.upper !== null ? `${fixed(i.lower)} to ${fixed(i.upper)}` : '—';
};

/**
 * Agreement among the sample's reviewers so far, with the file `npm run agreement` reads. Read and
 * computed only while open: it reads every rating of the sample, and while labels replicate in
 * each merge would start it again on the lead's page (bench/sync-bench.ts).
 */
export function SampleAgreement({ sample }: { sample: Sample }) {
  const [open, setOpen] = useState(false);
  const [bootstrap, setBootstrap] = useState(false);
  const {
    data: report,
    isFetching,
    error,
  } = useQuery({ ...agreementQueries.sample(sample.studyId, sample.sampleId, bootstrap), enabled: open });
  const exportCsv = async () => {
    const rows = await readSampleRatingRows(sample.studyId, sample.sampleId);
    downloadText(`${sample.name.replace(/[^\w-]+/g, '-')}-ratings.csv`, ratingsToLongCsv(rows), 'text/csv');
  };
  const rows: [string, Estimate, number | null, boolean][] = report
    ? [
        ['Percent agreement (all reviewers agree)', report.percentAgreement, report.percentAgreement.items, false],
        ['Mean pairwise agreement', report.meanPairwiseAgreement, null, false],
        ["Fleiss' kappa", report.fleiss, report.fleiss.items, true],
        ["Krippendorff's alpha (nominal)", report.krippendorff, report.krippendorff.items, true],
        ...report.cohen.map((c): [string, Estimate, number | null, boolean] => [
          `Cohen's kappa, ${c.a} – ${c.b}`,
          c,
          c.items,
          true,
        ]),
      ]
    : [];
  return (
    <details className="text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer">Agreement so far</summary>
      {error && (
        <p role="alert" className="text-red-800">
          {String(error)}
        </p>
      )}
      {report && (
        <table className="mt-2 w-full text-left">
          <caption className="text-left text-xs text-slate-600">
            {report.items} threads, reviewers {report.raters.join(', ')}. 95% intervals:{' '}
            {bootstrap ? `percentile bootstrap, 1,000 resamples, seed ${BOOTSTRAP_SEED}` : 'analytic'}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Statistic</th>
              <th scope="col">Value</th>
              <th scope="col">95% interval</th>
              <th scope="col">Reading</th>
              <th scope="col">Items</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, e, items, kappa]) => (
              <tr key={name} className="border-t border-slate-100">
                <th scope="row" className="font-normal">
                  {name}
                </th>
                <td className="font-mono" title={e.reason ?? String(e.value)}>
                  {e.value === null ? `undefined (${e.reason})` : fixed(e.value)}
                </td>
                <td className="font-mono">{interval(e, bootstrap)}</td>
                <td>{kappa ? (landisKochReading(e.value) ?? '') : ''}</td>
                <td>{items ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button onClick={() => void exportCsv()}>Export ratings (CSV)</Button>
        <Button onClick={() => setBootstrap(true)} disabled={bootstrap}>
          {isFetching && bootstrap ? 'Resampling…' : 'Bootstrap intervals'}
        </Button>
      </div>
    </details>
  );
}
