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
 * reviewers become "Reviewer 1/2/3" in the sample's order; others keep their names.
 */
export function reviewerNamer(
  sampleReviewers: readonly Reviewer[],
  studyReviewers: readonly Reviewer[],
  anonymize: boolean,
) {
  return (id: string): string => {
    if (id === LEAD) return 'Lead';
    if (id === 'automatic') return 'automatic';
    const index = sampleReviewers.findIndex((r) => r.reviewerId === id);
    if (anonymize && index >= 0) return `Reviewer ${index + 1}`;
    return studyReviewers.find((r) => r.reviewerId === id)?.name ?? sampleReviewers[index]?.name ?? id;
  };
}

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
