import { useSearchParams } from 'wouter';
import { asSampleId, asThreadId, type SampleId, type ThreadId } from '../../../domain/ids';

export interface CellParams {
  /** The cell's gold and LLM labels; null when the address lacks one. */
  gold: string | null;
  llm: string | null;
  /** The thread being read, when the address names one. */
  at: { sampleId: SampleId; threadId: ThreadId } | null;
}

/** The cell and thread of the confusion-cell page, from its address (`paths.confusionCell`). */
export function useCellParams(): CellParams {
  const [params] = useSearchParams();
  const sample = params.get('sample');
  const thread = params.get('thread');
  return {
    gold: params.get('gold'),
    llm: params.get('llm'),
    at: sample !== null && thread !== null ? { sampleId: asSampleId(sample), threadId: asThreadId(thread) } : null,
  };
}
