import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useSearchParams } from 'wouter';
import { asLlmRunId, type LlmRunId } from '../../../domain/ids';
import { describeRun, type LlmRun } from '../../../domain/llm-run';
import { runComparisonSentence } from '../../../domain/report/run-comparison-sentence';
import type { ReportData } from '../../../queries/report-queries';
import { runQueries, type RunComparisonData } from '../../../queries/run-queries';
import { studyQueries } from '../../../queries/study-queries';

/** The study's runs, the two compared (`?runs=first,second` in the URL) and their comparison on the report's gold labels. */
export interface RunComparisonState {
  runs: readonly LlmRun[];
  /** Null while the runs load, or when the study has fewer than two. */
  pair: [LlmRunId, LlmRunId] | null;
  choose: (pair: [LlmRunId, LlmRunId]) => void;
  /** Null when there is no pair of two different runs to compare. */
  query: UseQueryResult<RunComparisonData> | null;
  /** The methods paragraph's sentence, once a comparison with gold items is shown; else null. */
  sentence: string | null;
}

/** By default the latest run (first) against the one imported before it (second). */
function defaultPair(runs: readonly LlmRun[]): [LlmRunId, LlmRunId] | null {
  return runs.length < 2 ? null : [runs.at(-1)!.runId, runs.at(-2)!.runId];
}

export function useRunComparison(data: ReportData): RunComparisonState {
  const runs = useQuery(studyQueries.llmRuns(data.study.id)).data ?? [];
  const [params, setParams] = useSearchParams();
  const known = new Set<string>(runs.map((r) => r.runId));
  const fromUrl =
    params
      .get('runs')
      ?.split(',')
      .filter((id) => known.has(id))
      .map(asLlmRunId) ?? [];
  const pair = fromUrl.length === 2 ? ([fromUrl[0]!, fromUrl[1]!] as [LlmRunId, LlmRunId]) : defaultPair(runs);
  const choose = (next: [LlmRunId, LlmRunId]) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('runs', next.join(','));
        return out;
      },
      { replace: true },
    );
  const sampleIds = data.samples.map((s) => s.sample.sampleId);
  const different = pair !== null && pair[0] !== pair[1];
  const query = useQuery({
    ...runQueries.comparison(data.study.id, sampleIds, pair?.[0] ?? asLlmRunId(''), pair?.[1] ?? asLlmRunId('')),
    enabled: different,
  });
  const result = different ? query.data : undefined;
  const sentence =
    result?.comparison && result.comparison.items > 0
      ? runComparisonSentence(result.comparison, [describeRun(result.runs[0]), describeRun(result.runs[1])])
      : null;
  return { runs, pair, choose, query: different ? query : null, sentence };
}
