import type { ReviewerId, SampleId, StudyId, ThreadId } from './ids';

export interface Rating {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  threadId: ThreadId;
  label: string;
  codebookVersion: number;
  otherSuggestion: string | null;
  note: string | null;
  flagged: boolean;
  durationMs: number;
  updatedAt: string;
}

/**
 * A note or flag a reviewer put on a thread they have not labeled yet. It is not a rating (a
 * rating always has a label), so no statistic, decision, count or export sees it; saving the
 * label moves it into the rating and removes it, in the same transaction.
 */
export interface PendingAnnotation {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  threadId: ThreadId;
  note: string | null;
  flagged: boolean;
  updatedAt: string;
}
