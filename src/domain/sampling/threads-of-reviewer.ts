import type { ReviewerId, ThreadId } from '../ids';

/** What a sample says about who labels what; no `assignment` means every reviewer labels every thread. */
export interface AssignedSample {
  threadIds: readonly ThreadId[];
  reviewerIds: readonly ReviewerId[];
  /** Thread id → the reviewers who label it (a k-of-n sample, docs/sampling.md). */
  assignment?: Readonly<Record<string, readonly ReviewerId[]>>;
}

/**
 * The threads a reviewer labels, in the sample's order: all of them in a sample without an
 * assignment (samples drawn before k-of-n designs), else those assigned to the reviewer;
 * none for someone who is not a reviewer of the sample.
 */
export function threadsOfReviewer(sample: AssignedSample, reviewerId: ReviewerId): ThreadId[] {
  if (!sample.reviewerIds.includes(reviewerId)) return [];
  const assignment = sample.assignment;
  if (!assignment) return [...sample.threadIds];
  return sample.threadIds.filter((id) => assignment[id]?.includes(reviewerId));
}

/** The reviewers who label a thread, in the sample's reviewer order. */
export function reviewersOfThread(sample: AssignedSample, threadId: ThreadId): ReviewerId[] {
  const assigned = sample.assignment?.[threadId];
  return assigned ? sample.reviewerIds.filter((id) => assigned.includes(id)) : [...sample.reviewerIds];
}
