import { queryOptions } from '@tanstack/react-query';
import { listLlmRuns } from '../db/repos/llm-labels';
import { listSamples } from '../db/repos/samples';
import { getStudy } from '../db/repos/studies';
import { getLlmLabelMap, listThreadMeta } from '../db/repos/threads';
import type { SampleId, StudyId } from '../domain/ids';
import { latestLlmRun } from '../domain/llm-run';
import { methodsCorrectionRequest, type MethodsCorrection } from '../domain/report/methods-correction';
import { agreementQueries } from './agreement-queries';
import { computeCorrectedShares, readGoldSamples } from './corpus-queries';
import { db } from './database';

/**
 * The report's corrected category shares for its methods paragraph, computed as the corpus
 * dashboard computes them (the corpus worker, seed 1, 10,000 draws) over the population the
 * chosen samples (all when none is chosen) were drawn from, with the study's most recent LLM run
 * (the report's). Null without an LLM run or a gold label; refused, with the reason, when the
 * samples cannot correct that population.
 */
export async function readReportCorrection(
  studyId: StudyId,
  sampleIds: readonly SampleId[] | null,
): Promise<MethodsCorrection | null> {
  const [study, samples, runs] = await Promise.all([
    getStudy(db(), studyId),
    listSamples(db(), studyId),
    listLlmRuns(db(), studyId),
  ]);
  const run = latestLlmRun(runs);
  if (!study || run === null) return null;
  const chosen = sampleIds && sampleIds.length > 0 ? sampleIds : samples.map((s) => s.sampleId);
  const [gold, threads, llmLabelOf] = await Promise.all([
    readGoldSamples(studyId, chosen),
    listThreadMeta(db(), studyId),
    getLlmLabelMap(db(), studyId, run.runId),
  ]);
  const plan = methodsCorrectionRequest(gold, { threads, userThreadCounts: study.summary.byUser, llmLabelOf });
  if (plan === null || plan.kind === 'refused') return plan;
  const { labels, gold: goldLabels, population, samples: names } = plan.request;
  return { kind: 'corrected', shares: await computeCorrectedShares(labels, goldLabels), population, samples: names };
}

export const reportCorrectionQueries = {
  // Under 'agreement', so a decision (here or in another tab) refreshes the gold labels it rests on.
  all: () => [...agreementQueries.all(), 'reportCorrection'] as const,
  shares: (studyId: StudyId, sampleIds: readonly SampleId[] | null) =>
    queryOptions({
      queryKey: [...reportCorrectionQueries.all(), { studyId, sampleIds }],
      queryFn: () => readReportCorrection(studyId, sampleIds),
    }),
};
