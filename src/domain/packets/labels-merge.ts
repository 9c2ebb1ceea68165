import type { ReviewerId, ThreadId } from '../ids';

/** One label as either side holds it: what a conflict shows the lead. */
export interface LabelVersion {
  label: string;
  updatedAt: string;
}

/**
 * A label the lead's browser already holds for this reviewer and thread (from the shared
 * workstation), different from the one a labels file brings: never overwritten silently.
 */
export interface LabelConflict {
  threadId: ThreadId;
  reviewerId: ReviewerId;
  local: LabelVersion;
  incoming: LabelVersion;
}

/** The lead's choice for one conflict. */
export interface LabelConflictResolution {
  threadId: ThreadId;
  reviewerId: ReviewerId;
  keep: 'local' | 'incoming';
}

/** What importing one labels file did (nothing is stored for `refused` or `conflicts`). */
export interface LabelsImportResult {
  fileName: string;
  status: 'merged' | 'unchanged' | 'older' | 'refused' | 'conflicts';
  reviewerName?: string;
  sampleName?: string;
  added: number;
  changed: number;
  /** Labels an earlier file delivered that the reviewer has since undone. */
  removed?: number;
  reason?: string;
  conflicts: LabelConflict[];
}
