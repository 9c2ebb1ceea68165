import { queryOptions, useMutation } from '@tanstack/react-query';
import { listLlmRuns, updateLlmRunDetails } from '../db/repos/llm-labels';
import { listSamples } from '../db/repos/samples';
import { getLlmLabelMap } from '../db/repos/threads';
import type { RatingRow } from '../domain/agreement/ratings-matrix';
import type { ModelComparison } from '../domain/corpus/model-comparison';
import type { LlmRunId, SampleId, StudyId } from '../domain/ids';
import { describeRun, type LlmRun, type LlmRunDetails } from '../domain/llm-run';
import { comparisonRaterIds, runComparisonRows } from '../domain/report/run-comparison-rows';
import { agreementQueries, BOOTSTRAP_SEED } from './agreement-queries';
import { computeRunComparison } from './agreement-worker';
import { db } from './database';
import { decisionQueries } from './decision-queries';
import { REPORT_RESAMPLES, reportQueries } from './report-queries';
import { readSampleGold } from './sample-gold';
import { studyQueries } from './study-queries';

export interface RunComparisonData {
  /** The two runs, first and second, as stored. */
  runs: [LlmRun, LlmRun];
  /** Their rater ids in `rows` (their names, see `comparisonRaterIds`): what `--models A,B` takes. */
  raterIds: [string, string];
  /** Every thread of the samples × the two runs: the ratings file `npm run compare-models` reads. */
  rows: RatingRow[];
  /** Item id → final (gold) label, with the item ids of `rows` and of the report. */
  gold: Map<string, string>;
  /** Null when no thread of the samples has a final label yet. */
  comparison: ModelComparison | null;
}

/**
 * The two runs over the samples' threads and their gold labels, compared (bootstrap with the
 * report's seed and resamples, in the agreement worker), so that `npm run compare-models` on
 * the exported files prints the same numbers.
 */
async function readRunComparison(
  studyId: StudyId,
  sampleIds: readonly SampleId[],
  first: LlmRunId,
  second: LlmRunId,
): Promise<RunComparisonData> {
  const [runs, samples] = await Promise.all([listLlmRuns(db(), studyId), listSamples(db(), studyId)]);
  const pick = (runId: LlmRunId) => {
    const run = runs.find((r) => r.runId === runId);
    if (!run) throw new Error(`This study has no LLM run ${runId}: it may have been deleted in another tab.`);
    return run;
  };
  const pair: [LlmRun, LlmRun] = [pick(first), pick(second)];
  const wanted = new Set<string>(sampleIds);
  const chosen = samples.filter((s) => wanted.has(s.sampleId));
  const [golds, labelsA, labelsB] = await Promise.all([
    Promise.all(chosen.map((s) => readSampleGold(studyId, s.sampleId))),
    getLlmLabelMap(db(), studyId, first),
    getLlmLabelMap(db(), studyId, second),
  ]);
  const raterIds = comparisonRaterIds(describeRun(pair[0]).name, describeRun(pair[1]).name);
  const { rows, gold } = runComparisonRows(
    golds.map((g) => ({
      sampleId: g.sample.sampleId,
      name: g.sample.name,
      threadIds: g.sample.threadIds,
      finals: g.outcomes.flatMap((o) => (o.final ? [{ threadId: o.threadId, label: o.final.label }] : [])),
    })),
    [
      { raterId: raterIds[0], labels: labelsA },
      { raterId: raterIds[1], labels: labelsB },
    ],
  );
  const comparison =
    gold.size === 0
      ? null
      : await computeRunComparison(rows, raterIds, gold, { seed: BOOTSTRAP_SEED, resamples: REPORT_RESAMPLES });
  return { runs: pair, raterIds, rows, gold, comparison };
}

export const runQueries = {
  // Under 'agreement', so rating and decision changes (here or in another tab) refresh it.
  all: () => [...agreementQueries.all(), 'runs'] as const,
  /** Two runs compared on the gold labels of the report's samples. */
  comparison: (studyId: StudyId, sampleIds: readonly SampleId[], first: LlmRunId, second: LlmRunId) =>
    queryOptions({
      queryKey: [...runQueries.all(), 'comparison', { studyId, sampleIds, first, second }],
      queryFn: () => readRunComparison(studyId, sampleIds, first, second),
    }),
};

/** Renames a run or corrects its model, note or date: every list, report and decision view naming it refreshes. */
export function useSaveRunDetails(studyId: StudyId) {
  return useMutation({
    // Not the samples' own agreement: it never names a run.
    meta: { invalidates: [studyQueries.all(), reportQueries.all(), runQueries.all(), decisionQueries.all()] },
    mutationFn: ({ runId, details }: { runId: LlmRunId; details: LlmRunDetails }) =>
      updateLlmRunDetails(db(), studyId, runId, details, new Date().toISOString()),
  });
}
