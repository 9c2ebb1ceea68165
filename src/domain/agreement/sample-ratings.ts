import type { RatingRow } from './ratings-matrix';

/**
 * The rater id of the LLM in exported ratings and reports: `npm run agreement -- file.csv
 * --model LLM` compares it with each reviewer. A reviewer may not be named "LLM".
 */
export const LLM_RATER = 'LLM';

/**
 * The long-format rows of one sample: one per thread and reviewer, `label: null` where the
 * reviewer has not labeled the thread yet, so every thread of the sample counts as an item in
 * the app and in `npm run agreement` alike. Rater ids are the reviewers' names (unique in a
 * study), so an exported file reads well and sorts the same everywhere.
 *
 * Preconditions: reviewer names are unique and non-empty; thread ids unique.
 */
export function sampleRatingRows(
  threadIds: readonly string[],
  reviewers: readonly { id: string; name: string }[],
  ratings: readonly { threadId: string; reviewerId: string; label: string }[],
): RatingRow[] {
  const names = new Set(reviewers.map((r) => r.name));
  if (names.size !== reviewers.length || names.has('')) {
    throw new Error('sampleRatingRows: reviewer names must be unique and non-empty');
  }
  if (names.has(LLM_RATER))
    throw new Error(`sampleRatingRows: a reviewer may not be named ${LLM_RATER}, the LLM's rater id`);
  const labelOf = new Map(ratings.map((r) => [`${r.reviewerId}\u0000${r.threadId}`, r.label]));
  return threadIds.flatMap((threadId) =>
    reviewers.map((r) => ({
      itemId: threadId,
      raterId: r.name,
      label: labelOf.get(`${r.id}\u0000${threadId}`) ?? null,
    })),
  );
}

/**
 * The LLM's labels of the same threads as rows of rater `LLM` (null where the model gave none),
 * so the LLM is one more rater in the long-format file.
 */
export function llmRatingRows(threadIds: readonly string[], llmLabels: ReadonlyMap<string, string>): RatingRow[] {
  return threadIds.map((threadId) => ({
    itemId: threadId,
    raterId: LLM_RATER,
    label: llmLabels.get(threadId) ?? null,
  }));
}
