import type { ReviewerId, SampleId, StudyId, ThreadId } from '../ids';

export interface Sample {
  studyId: StudyId;
  sampleId: SampleId;
  name: string;
  createdAt: string;
  seed: number;
  threadIds: ThreadId[];
  reviewerIds: ReviewerId[];
  codebookVersion: number;
  /** Population, filters, strata: everything a methods section needs to reproduce the draw. */
  manifest: Record<string, unknown>;
  /** The lead's choice: a reviewer who has labeled every thread may then see the LLM's labels. */
  revealLlmAfterDone?: boolean;
  /** Unanimous threads become final without a decision; absent means on (issue 5). */
  autoAcceptUnanimous?: boolean;
  /**
   * Thread id → the reviewers who label it, in a k-of-n design (issue 9). Absent: every
   * reviewer labels every thread, as in samples drawn before. Read it through
   * `domain/sampling/threads-of-reviewer.ts`.
   */
  assignment?: Record<string, ReviewerId[]>;
}
