import { useQuery } from '@tanstack/react-query';
import type { LlmRunId, ThreadId } from '../../../domain/ids';
import type { Sample } from '../../../domain/sampling/sample';
import { studyQueries } from '../../../queries/study-queries';
import { threadQueries } from '../../../queries/thread-queries';

/**
 * The LLM's labels, read only when the lead allows it for this sample and the reviewer has
 * labeled every thread: until then they are never even loaded into the workspace.
 */
export function useRevealedLlmLabels(sample: Sample, finished: boolean): ReadonlyMap<ThreadId, string> | null {
  const allowed = Boolean(sample.revealLlmAfterDone) && finished;
  const run = useQuery({ ...studyQueries.latestLlmRun(sample.studyId), enabled: allowed }).data ?? null;
  const labels = useQuery({
    ...threadQueries.llmLabels(sample.studyId, run?.runId ?? ('' as LlmRunId)),
    enabled: allowed && run !== null,
  });
  return allowed ? (labels.data ?? null) : null;
}
