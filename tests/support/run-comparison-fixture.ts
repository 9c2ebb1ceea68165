import { compareRunRows, runComparisonRows } from '../../src/domain/report/run-comparison-rows.ts';

// Two LLM runs on ten gold-labeled threads, worked by hand (as src/domain/corpus/model-comparison.test.ts):
// gold x × 5, y × 5; run A right on 8, run B on 6; only A right on 4, only B on 2.
const gold = 'xxxxxyyyyy';
export const runThreads = [...gold].map((_, i) => `t${i + 1}`);
const labels = (s: string) => new Map([...s].map((label, i) => [runThreads[i]!, label]));
export const comparedRuns = [
  { raterId: 'A', labels: labels('xxxxyyyyyx') },
  { raterId: 'B', labels: labels('xxyyxyyxxy') },
] as const;
export const runFinals = [...gold].map((label, i) => ({ threadId: runThreads[i]!, label }));

/** The two runs' rows and gold labels as one sample's, and their comparison (seed 1, 200 resamples). */
export function comparedRunsOnGold() {
  const { rows, gold } = runComparisonRows(
    [{ sampleId: 's1', name: 'S1', threadIds: runThreads, finals: runFinals }],
    comparedRuns,
  );
  return { rows, gold, comparison: compareRunRows(rows, ['A', 'B'], gold, { seed: 1, resamples: 200 }) };
}
