import type { ConcordDatabase } from '../database';
import { prefixRange, studyRange } from '../database';
import { EXAMPLES_PER_CATEGORY, type ExamplePick } from '../../domain/codebook/example-candidate';
import type { ReviewerId, StudyId } from '../../domain/ids';
import { listReviewers } from './reviewers';

/** One reviewer's own picks: the only picks a reviewer's screen reads (they pick blind). */
export function listReviewerExamplePicks(
  db: ConcordDatabase,
  studyId: StudyId,
  reviewerId: ReviewerId,
): Promise<ExamplePick[]> {
  const [lo, hi] = prefixRange(studyId, reviewerId);
  return db.examplePicks.where(':id').between(lo, hi, true, true).toArray();
}

/** Every reviewer's picks of a study: the lead's side-by-side view. */
export function listExamplePicks(db: ConcordDatabase, studyId: StudyId): Promise<ExamplePick[]> {
  const [lo, hi] = studyRange(studyId);
  return db.examplePicks.where(':id').between(lo, hi, true, true).toArray();
}

export interface ExamplePickChange {
  studyId: StudyId;
  reviewerId: ReviewerId;
  candidateId: string;
  picked: boolean;
  now: string;
}

/**
 * Picks or unpicks a candidate for a reviewer, in one transaction. Refused (throws, in words for
 * the reviewer): a candidate that does not exist, a pick beyond `EXAMPLES_PER_CATEGORY` in one
 * category. Picking twice or unpicking what was not picked changes nothing.
 */
export async function setExamplePick(db: ConcordDatabase, change: ExamplePickChange): Promise<void> {
  const { studyId, reviewerId, candidateId } = change;
  await db.transaction('rw', [db.exampleCandidates, db.examplePicks], async () => {
    if (!change.picked) return db.examplePicks.delete([studyId, reviewerId, candidateId]);
    const candidate = await db.exampleCandidates.get([studyId, candidateId]);
    if (!candidate) throw new Error('That candidate no longer exists; reload the page.');
    if (await db.examplePicks.get([studyId, reviewerId, candidateId])) return undefined;
    const own = await listReviewerExamplePicks(db, studyId, reviewerId);
    if (own.filter((p) => p.categoryId === candidate.categoryId).length >= EXAMPLES_PER_CATEGORY) {
      throw new Error(
        `You have already picked ${EXAMPLES_PER_CATEGORY} candidates of this category; unpick one first.`,
      );
    }
    return db.examplePicks.add({
      studyId,
      reviewerId,
      candidateId,
      categoryId: candidate.categoryId,
      pickedAt: change.now,
    });
  });
}

/**
 * How the audit log says who picked a candidate: a function of its picks giving the reviewers'
 * names, sorted and joined by "and" ("Ana and Ben"), or "no reviewer". Reads the reviewers once;
 * inside a transaction, include `db.reviewers`.
 */
export async function pickerNames(
  db: ConcordDatabase,
  studyId: StudyId,
): Promise<(picks: readonly ExamplePick[]) => string> {
  const names = new Map((await listReviewers(db, studyId)).map((r) => [r.reviewerId, r.name]));
  return (picks) =>
    picks
      .map((p) => names.get(p.reviewerId) ?? p.reviewerId)
      .sort()
      .join(' and ') || 'no reviewer';
}
