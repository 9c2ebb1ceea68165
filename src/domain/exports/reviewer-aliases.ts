import type { ReviewerId } from '../ids';

interface Named {
  reviewerId: ReviewerId;
  name: string;
  initials?: string;
}

/**
 * The names an anonymised report or export shows: reviewer id → `Reviewer k`, numbered over the
 * whole study so that every file and figure of one study agrees: first the reviewers of the
 * samples in the samples' order (each sample's reviewers in its order), then any other reviewer
 * of the study (an adjudicator outside the samples) in the given order.
 */
export function reviewerAliases(
  studyReviewers: readonly { reviewerId: ReviewerId }[],
  samples: readonly { reviewerIds: readonly ReviewerId[] }[],
): Map<ReviewerId, string> {
  const order = [...new Set([...samples.flatMap((s) => s.reviewerIds), ...studyReviewers.map((r) => r.reviewerId)])];
  return new Map(order.map((id, i) => [id, `Reviewer ${i + 1}`]));
}

/**
 * Reviewers under their aliases (`reviewerAliases`): name `Reviewer k`, initials `Rk`; a reviewer
 * without an alias keeps its name. Returns copies; the records themselves are not touched.
 */
export function aliasedReviewers<T extends Named>(
  reviewers: readonly T[],
  aliases: ReadonlyMap<ReviewerId, string>,
): T[] {
  return reviewers.map((r) => {
    const alias = aliases.get(r.reviewerId);
    if (alias === undefined) return r;
    return 'initials' in r
      ? { ...r, name: alias, initials: `R${alias.slice('Reviewer '.length)}` }
      : { ...r, name: alias };
  });
}

/**
 * A sample's gold data (`readSampleGold`'s shape) with its reviewers and the study's under their
 * aliases, so every row, column, figure and sentence built from it names no one.
 */
export function aliasedGold<T extends { reviewers: readonly Named[]; studyReviewers: readonly Named[] }>(
  gold: T,
  aliases: ReadonlyMap<ReviewerId, string>,
): T {
  return {
    ...gold,
    reviewers: aliasedReviewers(gold.reviewers, aliases),
    studyReviewers: aliasedReviewers(gold.studyReviewers, aliases),
  };
}

/**
 * The gold data as the report and the exports show it: under the study's aliases
 * (`reviewerAliases` over `studySamples`, every sample of the study in its order) when the study
 * anonymises its reviewers, else as it is.
 */
export function shownGold<
  T extends { study: { anonymiseReviewers?: boolean }; reviewers: readonly Named[]; studyReviewers: readonly Named[] },
>(gold: T, studySamples: readonly { reviewerIds: readonly ReviewerId[] }[]): T {
  return gold.study.anonymiseReviewers ? aliasedGold(gold, reviewerAliases(gold.studyReviewers, studySamples)) : gold;
}
