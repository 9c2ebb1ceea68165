import type { CategoryId, ReviewerId, StudyId } from '../ids';

/** How many examples a category of the codebook holds, so how many a reviewer picks and the lead takes. */
export const EXAMPLES_PER_CATEGORY = 3;

/** A candidate example prompt of one category, imported or typed by the lead (issue #11). */
export interface ExampleCandidate {
  studyId: StudyId;
  candidateId: string;
  /** Category ids are kept across codebook versions, so a candidate outlives a rename. */
  categoryId: CategoryId;
  text: string;
  /** The file it came from, or 'typed'. */
  source: string;
  addedAt: string;
}

/** One reviewer's pick of one candidate as among the most representative of its category. */
export interface ExamplePick {
  studyId: StudyId;
  reviewerId: ReviewerId;
  candidateId: string;
  categoryId: CategoryId;
  pickedAt: string;
}
