import type { ReportData } from '../../../queries/report-queries';
import type { BootstrapState } from './estimate-row';
import { agreementRows, goldRows } from './statistic-rows';
import { StatisticsTable } from './statistics-table';

/** When the samples span codebook versions: the same statistics for the samples of each version. */
export function VersionsSection({ data, bootstrap }: { data: ReportData; bootstrap: BootstrapState }) {
  if (data.byVersion.length === 0) return null;
  const nameOf = new Map(data.samples.map((s) => [s.sample.sampleId as string, s.sample.name]));
  return (
    <section aria-labelledby="versions-heading" className="space-y-4">
      <h2 id="versions-heading" className="text-lg font-semibold">
        Agreement per codebook version
      </h2>
      {data.byVersion.map((v) => {
        const gold = v.report.model?.gold ?? null;
        return (
          <section key={v.version} aria-label={`Codebook version ${v.version}`} className="space-y-1">
            <h3 className="font-semibold">Codebook version {v.version}</h3>
            <StatisticsTable
              label={`Codebook version ${v.version}`}
              bootstrap={bootstrap}
              rows={[
                ...agreementRows(v.report),
                ...(gold ? goldRows(gold).map((r) => ({ ...r, name: `LLM against gold: ${r.name}` })) : []),
              ].map((r) => ({ ...r, name: `${r.name} (codebook v${v.version})` }))}
              caption={
                <>
                  Samples {v.sampleIds.map((id) => nameOf.get(id) ?? id).join(', ')}: {v.report.items} threads.
                </>
              }
            />
          </section>
        );
      })}
    </section>
  );
}
