import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import { asReviewerId, type StudyId } from '../../domain/ids';
import type { Reviewer } from '../../domain/reviewer';

export async function listReviewers(db: ConcordDatabase, studyId: StudyId): Promise<Reviewer[]> {
  const [lo, hi] = studyRange(studyId);
  const reviewers = await db.reviewers.where(':id').between(lo, hi, true, true).toArray();
  return reviewers.sort((a, b) => a.name.localeCompare(b.name));
}

export interface NewReviewer {
  studyId: StudyId;
  name: string;
  initials: string;
  role: Reviewer['role'];
  now: string;
}

/** Adds a reviewer profile to a study; names are unique within a study (case-folded). */
export async function addReviewer(db: ConcordDatabase, input: NewReviewer): Promise<Reviewer> {
  const name = input.name.trim();
  const initials = input.initials.trim().toUpperCase();
  if (!name) throw new Error('addReviewer: a reviewer needs a name');
  // "LLM" is the model's rater id in exported ratings (domain/agreement/sample-ratings.ts).
  if (name.toUpperCase() === 'LLM')
    throw new Error('addReviewer: "LLM" is the name of the model in reports; choose another name');
  if (!initials) throw new Error('addReviewer: a reviewer needs initials');
  return db.transaction('rw', [db.reviewers, db.auditEvents], async () => {
    const existing = await listReviewers(db, input.studyId);
    if (existing.some((r) => r.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`addReviewer: this study already has a reviewer named ${name}`);
    }
    const reviewer: Reviewer = {
      studyId: input.studyId,
      reviewerId: asReviewerId(crypto.randomUUID()),
      name,
      initials,
      role: input.role,
    };
    await db.reviewers.add(reviewer);
    await db.auditEvents.add({
      studyId: input.studyId,
      at: input.now,
      actor: 'lead',
      action: 'reviewer.added',
      subject: reviewer.reviewerId,
      from: null,
      to: `${name} (${input.role})`,
      why: null,
    });
    return reviewer;
  });
}
