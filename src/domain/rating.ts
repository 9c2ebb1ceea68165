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
