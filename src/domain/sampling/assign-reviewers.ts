import { compareIds } from '../agreement/rater-pairs';
import type { ReviewerId, ThreadId } from '../ids';
import { partialShuffle } from './partial-shuffle';

/** Bumped whenever a step of the assignment changes, so an old manifest still names its rule. */
export const ASSIGNMENT_ALGORITHM = 'concord-k-of-n-v1';

/** Which of a sample's reviewers label each thread, when not every reviewer labels every one. */
export interface ReviewerAssignment {
  algorithm: typeof ASSIGNMENT_ALGORITHM;
  reviewersPerThread: number;
  /** The reviewer ids sorted by code unit, then shuffled: the order that breaks ties. */
  reviewerOrder: ReviewerId[];
  /** In the sample's thread order; each thread's reviewers in `reviewerOrder`. */
  threads: { threadId: ThreadId; reviewerIds: ReviewerId[] }[];
}

/** Every broken rule of a k-of-n design, as sentences; empty when it can be used. */
export function assignmentProblems(reviewerIds: readonly ReviewerId[], perThread: number): string[] {
  const n = new Set(reviewerIds).size;
  if (!Number.isInteger(perThread) || perThread < 2 || perThread >= n) {
    return [`each thread must be labeled by 2 to ${n - 1} of the ${n} reviewers (got ${perThread})`];
  }
  return [];
}

/**
 * Assigns each thread to `perThread` of the reviewers (docs/sampling.md, section 5).
 *
 * 1. Sort the reviewer ids by UTF-16 code unit and shuffle them fully with `random`
 *    (`partialShuffle`, R numbers): the tie-break order.
 * 2. For each thread in sample order, pick its reviewers one at a time: the reviewer with the
 *    fewest threads so far; on a tie, the one who shares the fewest threads with those already
 *    picked for this thread; on a tie, the earlier in the tie-break order.
 *
 * Choosing the least-loaded reviewer each time keeps every reviewer's count within one of
 * n·k/R (floor or ceiling); the second rule spreads the pairs, so every pair of reviewers
 * shares threads and Cohen's kappa is defined for each. Deterministic given `random`.
 * Throws, naming the rule, unless 2 ≤ perThread < number of distinct reviewers.
 */
export function assignReviewers(
  threadIds: readonly ThreadId[],
  reviewerIds: readonly ReviewerId[],
  perThread: number,
  random: () => number,
): ReviewerAssignment {
  const problems = assignmentProblems(reviewerIds, perThread);
  if (new Set(reviewerIds).size !== reviewerIds.length) problems.push('reviewer ids must not repeat');
  if (problems.length > 0) throw new Error(`assignReviewers: ${problems.join('; ')}`);
  const order = partialShuffle([...reviewerIds].sort(compareIds), reviewerIds.length, random);
  const load = order.map(() => 0);
  const shared = order.map(() => order.map(() => 0));
  const threads = threadIds.map((threadId) => {
    const picked: number[] = [];
    while (picked.length < perThread) {
      let best = -1;
      let bestShared = 0;
      for (let r = 0; r < order.length; r++) {
        if (picked.includes(r)) continue;
        const s = picked.reduce((sum, p) => sum + shared[r]![p]!, 0);
        if (best < 0 || load[r]! < load[best]! || (load[r] === load[best] && s < bestShared)) {
          best = r;
          bestShared = s;
        }
      }
      for (const p of picked) {
        shared[best]![p]! += 1;
        shared[p]![best]! += 1;
      }
      load[best]! += 1;
      picked.push(best);
    }
    return { threadId, reviewerIds: picked.sort((a, b) => a - b).map((r) => order[r]!) };
  });
  return { algorithm: ASSIGNMENT_ALGORITHM, reviewersPerThread: perThread, reviewerOrder: order, threads };
}
