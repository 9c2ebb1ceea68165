import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MedhelmMapping } from '../../../domain/codebook/codebook';
import type { LabelShare } from '../../../domain/corpus/corpus-breakdown';
import { correctedSharesSentence } from '../../../domain/corpus/corrected-shares-sentence';
import { checkPopulationScope, describePopulation } from '../../../domain/corpus/population-scope';
import type { PopulationFilters } from '../../../domain/sampling/sample-settings';
import type { StudyId } from '../../../domain/ids';
import type { ThreadMeta } from '../../../domain/threads/thread-meta';
import { corpusQueries, type GoldSample } from '../../../queries/corpus-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { CategorySharesFigure } from './category-shares-figure';
import { CorrectedSharesTable } from './corrected-shares-table';
import { CsvDownloadButton } from './csv-download-button';

/** Why each chosen sample may not correct this population; empty when every one may. */
function refusals(
  samples: readonly GoldSample[],
  filters: Omit<PopulationFilters, 'includePreviouslySampled'>,
  threads: number,
): string[] {
  return samples.flatMap((s) => {
    if (s.design === null) return [`${s.name}: its manifest cannot be read (${s.designProblem})`];
    const scope = checkPopulationScope(filters, s.design, threads);
    return scope.ok ? [] : [`${s.name}: ${scope.reason}`];
  });
}

/**
 * Beside each LLM share, the share corrected by the chosen samples' gold labels, with its 95%
 * interval, and the two files `npm run prevalence` reads to give the same numbers.
 */
export function CorrectedSharesSection({
  studyId,
  filters,
  population,
  labelOf,
  samples,
  labels,
  medhelm,
  fileName,
}: {
  studyId: StudyId;
  filters: Omit<PopulationFilters, 'includePreviouslySampled'>;
  population: readonly ThreadMeta[];
  labelOf: ReadonlyMap<string, string>;
  samples: readonly GoldSample[];
  labels: readonly LabelShare[];
  medhelm: ReadonlyMap<string, MedhelmMapping>;
  fileName: string;
}) {
  const problems = refusals(samples, filters, population.length);
  const gold = useMemo(() => {
    const pooled = new Map<string, string>();
    for (const s of samples) for (const [id, label] of s.finals) if (!pooled.has(id)) pooled.set(id, label);
    return pooled;
  }, [samples]);
  const outside = useMemo(() => {
    if (gold.size === 0) return [];
    const ids = new Set<string>(population.map((t) => t.threadId));
    return [...gold.keys()].filter((id) => !ids.has(id));
  }, [gold, population]);
  if (problems.length === 0 && outside.length > 0) {
    problems.push(
      `${outside.length} gold ${outside.length === 1 ? 'thread is' : 'threads are'} not in this population (e.g. ${outside[0]}); choose the samples' population`,
    );
  }
  const canCorrect = samples.length > 0 && problems.length === 0 && gold.size > 0;
  // Built only when needed (a correction or a download): 30,000 entries on every filter change cost ~10 ms.
  const threadLabels = () => new Map(population.map((t) => [t.threadId as string, labelOf.get(t.threadId) || null]));
  const key = JSON.stringify([filters, population.length, labelOf.size, [...gold]]);
  const corrected = useQuery({ ...corpusQueries.corrected(studyId, key, threadLabels, gold), enabled: canCorrect });
  const populationText = describePopulation(filters);

  return (
    <section aria-labelledby="corrected-heading" className="space-y-3">
      <h2 id="corrected-heading" className="text-lg font-semibold">
        Shares corrected for the LLM's errors
      </h2>
      <p className="text-sm text-slate-700">Population: {populationText}.</p>
      {samples.length === 0 && (
        <p>Choose one or more gold samples above to correct the shares by their adjudicated gold labels.</p>
      )}
      {samples.map(
        (s) =>
          s.design && (
            <p key={s.sampleId} className="text-sm text-slate-700">
              {s.name} speaks for {describePopulation(s.design.filters)} ({s.design.populationThreads} threads when
              drawn); {s.finals.size} gold labels.
            </p>
          ),
      )}
      {problems.length > 0 && (
        <Alert tone="error" title="The shares are not corrected">
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {samples.length > 0 && problems.length === 0 && gold.size === 0 && (
        <p>The chosen samples have no gold label yet.</p>
      )}
      {corrected.isError && (
        <Alert tone="error" title="The corrected shares could not be computed">
          {errorMessage(corrected.error)}
        </Alert>
      )}
      {canCorrect && corrected.isPending && <p role="status">Correcting the shares (10,000 draws)…</p>}
      {corrected.data && (
        <>
          <CorrectedSharesTable result={corrected.data} medhelm={medhelm} fileName={fileName} />
          <CategorySharesFigure
            labels={labels}
            corrected={corrected.data.categories}
            medhelm={medhelm}
            labeled={corrected.data.threads}
            fileName={fileName}
          />
          <h3 className="font-semibold">Methods</h3>
          <p aria-label="Methods sentence" className="rounded border border-slate-200 bg-white p-3 text-sm">
            {correctedSharesSentence(
              corrected.data,
              populationText,
              samples.map((s) => s.name),
            )}
          </p>
        </>
      )}
      <div className="flex flex-wrap gap-2">
        <CsvDownloadButton
          label="Download the population's labels (thread_id,label)"
          fileName={`${fileName}-population-labels.csv`}
          fields={['thread_id', 'label']}
          rows={() => [...threadLabels()].map(([id, label]) => [id, label ?? ''])}
        />
        {samples.length > 0 && (
          <CsvDownloadButton
            label="Download the gold labels (item_id,label)"
            fileName={`${fileName}-gold.csv`}
            fields={['item_id', 'label']}
            rows={() => [...gold]}
          />
        )}
      </div>
      <p className="text-sm text-slate-600">
        <code>npm run --silent prevalence -- --labels population-labels.csv --gold gold.csv</code> gives the same
        numbers (seed 1, 10,000 draws).
      </p>
    </section>
  );
}
