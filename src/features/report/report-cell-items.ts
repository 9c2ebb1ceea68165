import type { ThreadOutcome } from '../../domain/decisions/thread-outcome';
import type { SampleId, ThreadId } from '../../domain/ids';
import type { CellItem } from '../../domain/report/confusion-cells';
import type { ReportData } from '../../queries/report-queries';
import type { SampleGold } from '../../queries/sample-gold';

/** A thread of the report with what the confusion-cell page shows of it. */
export interface ReportCellItem extends CellItem {
  readonly sampleId: SampleId;
  readonly threadId: ThreadId;
  readonly outcome: ThreadOutcome;
  /** Its sample's data as the report read it: reviewers already under their aliases when anonymised. */
  readonly source: SampleGold;
}

/**
 * Every thread of the report's samples with its final label and the LLM's, from the same data the
 * report's rows are built from (the final labels are its gold labels, the LLM its rater `LLM`), so
 * the cells hold the threads its confusion matrix counts.
 */
export function reportCellItems(data: ReportData): ReportCellItem[] {
  return data.samples.flatMap((source) =>
    source.outcomes.map((outcome) => ({
      sampleId: source.sample.sampleId,
      threadId: outcome.threadId,
      gold: outcome.final?.label ?? null,
      llm: source.llm?.labels.get(outcome.threadId) ?? null,
      outcome,
      source,
    })),
  );
}
