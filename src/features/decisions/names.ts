import type { AgreementKind, ThreadOutcome } from '../../domain/decisions/thread-outcome';
import type { Reviewer } from '../../domain/reviewer';

export const KIND_NAMES: Record<AgreementKind, string> = {
  disagreement: 'Disagreement',
  majority: 'Majority',
  unanimous: 'Unanimous',
  incomplete: 'Incomplete',
};

/** Worst first, as the queue sorts them. */
export const KINDS: readonly AgreementKind[] = ['disagreement', 'majority', 'unanimous', 'incomplete'];

/** The value of "Recorded by" for the lead who is not a reviewer profile. */
export const LEAD = 'lead';

/**
 * How a reviewer id (or 'lead', or 'automatic') reads on screen. Anonymized, the sample's
 * reviewers become "Reviewer 1/2/3" in the sample's order, then the study's other reviewers (who
 * may adjudicate) are numbered after them, so the adjudicator list shows no name either.
 */
export function reviewerNamer(
  sampleReviewers: readonly Reviewer[],
  studyReviewers: readonly Reviewer[],
  anonymize: boolean,
) {
  const inSample = new Set<string>(sampleReviewers.map((r) => r.reviewerId));
  const order = [...sampleReviewers, ...studyReviewers.filter((r) => !inSample.has(r.reviewerId))];
  return (id: string): string => {
    if (id === LEAD) return 'Lead';
    if (id === 'automatic') return 'automatic';
    const index = order.findIndex((r) => r.reviewerId === id);
    if (anonymize && index >= 0) return `Reviewer ${index + 1}`;
    return studyReviewers.find((r) => r.reviewerId === id)?.name ?? order[index]?.name ?? id;
  };
}

/** How a reviewer reads in a list of people to choose (Recorded by, Adjudicator): as `nameOf` says, the lead marked. */
export const reviewerChoice = (reviewer: Reviewer, nameOf: (id: string) => string): string =>
  `${nameOf(reviewer.reviewerId)}${reviewer.role === 'lead' ? ' (lead)' : ''}`;

/** "Coding ×2, Brainstorming": the labels a thread was given, most votes first. */
export function labelsGiven(outcome: ThreadOutcome): string {
  if (outcome.votes.length === 0) return 'no labels yet';
  return outcome.labels
    .map((label) => {
      const n = outcome.votes.filter((v) => v.label === label).length;
      return n > 1 ? `${label} ×${n}` : label;
    })
    .join(', ');
}
