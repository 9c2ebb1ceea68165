import { queryOptions } from '@tanstack/react-query';
import { listLlmRuns } from '../db/repos/llm-labels';
import type { StudyId } from '../domain/ids';
import { latestLlmRun } from '../domain/llm-run';
import { agreementQueries } from './agreement-queries';
import { db } from './database';
import { readReport } from './report-queries';

/** What "How many to label" plans from: the report's headline statistics over every sample so far. */
export interface SampleSizeInputs {
  /** Samples of the study with at least one label. */
  labeledSamples: number;
  /** The LLM against the gold labels: items with both, and how many the LLM got right; null without LLM labels. */
  accuracy: { correct: number; items: number } | null;
  /** Fleiss' kappa among the reviewers: its complete items (labeled by every reviewer) and standard error. */
  kappa: { items: number; se: number | null; reason: string | null };
}

/**
 * The report's statistics over all the study's samples (`readReport`), with analytic intervals
 * only: nothing is resampled, so it runs on the page and never waits for the agreement worker.
 */
export async function readSampleSizeInputs(studyId: StudyId): Promise<SampleSizeInputs> {
  const [data, runs] = await Promise.all([readReport(studyId, null, false), listLlmRuns(db(), studyId)]);
  const labeledSamples = data.samples.filter((s) => s.outcomes.some((o) => o.votes.length > 0)).length;
  const { report } = data;
  const gold = report?.model?.gold ?? null;
  const correct = gold === null ? 0 : gold.confusion.reduce((sum, row, i) => sum + row[i]!, 0);
  return {
    labeledSamples,
    accuracy: latestLlmRun(runs) === null ? null : { correct, items: gold?.items ?? 0 },
    kappa:
      report === null
        ? { items: 0, se: null, reason: null }
        : { items: report.fleiss.items, se: report.fleiss.se, reason: report.fleiss.reason },
  };
}

export const sampleSizeQueries = {
  // Under 'agreement', so a label or a decision (here or in another tab) refreshes the plan.
  all: () => [...agreementQueries.all(), 'sampleSize'] as const,
  inputs: (studyId: StudyId) =>
    queryOptions({ queryKey: [...sampleSizeQueries.all(), { studyId }], queryFn: () => readSampleSizeInputs(studyId) }),
};
