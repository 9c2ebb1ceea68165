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
