import type { MedhelmMapping } from '../../../domain/codebook/codebook';
import type { PopulationShares } from '../../../domain/corpus/population-shares';
import { formatCount } from '../../../domain/format-count';
import { medhelmText } from './category-shares-figure';
import { CsvDownloadButton } from './csv-download-button';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Each category's LLM share beside its corrected share and interval; unvalidated labels marked. */
export function CorrectedSharesTable({
  result,
  medhelm,
  fileName,
}: {
  result: PopulationShares;
  medhelm: ReadonlyMap<string, MedhelmMapping>;
  fileName: string;
}) {
  const unvalidated = new Set(result.unvalidated);
  const rows = [...result.categories].sort((a, b) => b.llmShare - a.llmShare || a.label.localeCompare(b.label));
  return (
    <div className="space-y-2">
      <table className="min-w-full border-collapse bg-white text-sm" aria-label="Corrected shares">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-1.5">
              Category
            </th>
            <th scope="col" className="p-1.5">
              MedHELM
            </th>
            <th scope="col" className="p-1.5 text-right">
              LLM threads
            </th>
            <th scope="col" className="p-1.5 text-right">
              LLM share
            </th>
            <th scope="col" className="p-1.5 text-right">
              Gold items
            </th>
            <th scope="col" className="p-1.5 text-right">
              Corrected share
            </th>
            <th scope="col" className="p-1.5 text-right">
              95% interval
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.label} className="border-b border-slate-100">
              <th scope="row" className="p-1.5 text-left font-medium">
                {c.label}
              </th>
              <td className="p-1.5 text-slate-600">{medhelmText(medhelm.get(c.label))}</td>
              <td className="p-1.5 text-right">{formatCount(c.llmCount)}</td>
              <td className="p-1.5 text-right">{percent(c.llmShare)}</td>
              <td className="p-1.5 text-right">{formatCount(c.goldItems)}</td>
              <td className="p-1.5 text-right">
                {unvalidated.has(c.label) ? `${percent(c.corrected)} (unvalidated)` : percent(c.corrected)}
              </td>
              <td className="p-1.5 text-right">
                {percent(c.ci[0])}–{percent(c.ci[1])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-700">
        {formatCount(result.threads)} labeled threads, {formatCount(result.unlabeled)} unlabeled;{' '}
        {formatCount(result.goldItems)} gold items
        {result.goldOnUnlabeledThreads > 0
          ? ` (and ${formatCount(result.goldOnUnlabeledThreads)} on threads the LLM did not label, not used)`
          : ''}
        .
        {result.unvalidated.length > 0 && (
          <> Unvalidated (no gold item, share kept uncorrected): {result.unvalidated.join(', ')}.</>
        )}
      </p>
      <CsvDownloadButton
        label="Download corrected shares as CSV"
        fileName={`${fileName}-corrected-shares.csv`}
        fields={['label', 'llm_count', 'llm_share', 'gold_items', 'corrected', 'ci_lower', 'ci_upper', 'unvalidated']}
        rows={() =>
          rows.map((c) => [
            c.label,
            String(c.llmCount),
            String(c.llmShare),
            String(c.goldItems),
            String(c.corrected),
            String(c.ci[0]),
            String(c.ci[1]),
            String(unvalidated.has(c.label)),
          ])
        }
      />
    </div>
  );
}
