import type { ConcordDatabase } from '../database';
import { prefixRange } from '../database';
import type { ReviewerId, SampleId, StudyId, ThreadId } from '../../domain/ids';
import type { Rating } from '../../domain/rating';

export async function listRatingsForReviewer(
  db: ConcordDatabase, studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId,
): Promise<Rating[]> {
  const [lo, hi] = prefixRange(studyId, sampleId, reviewerId);
  return db.ratings.where(':id').between(lo, hi, true, true).toArray();
}

export async function listRatingsForSample(db: ConcordDatabase, studyId: StudyId, sampleId: SampleId): Promise<Rating[]> {
  const [lo, hi] = prefixRange(studyId, sampleId);
  return db.ratings.where(':id').between(lo, hi, true, true).toArray();
}

const describe = (r: Rating | undefined) =>
  r ? `${r.label}${r.otherSuggestion ? ` (${r.otherSuggestion})` : ''}${r.flagged ? ' [flagged]' : ''}${r.note ? ' [note]' : ''}` : null;

/**
 * Stores a reviewer's label for a thread, freezes the codebook version it was made under, and
 * keeps any change in the audit log (who, when, from, to): all in one transaction, so the label
 * is on disk before the caller moves on.
 */
export async function saveRating(db: ConcordDatabase, rating: Rating): Promise<{ frozeCodebook: boolean }> {
  if (!rating.label) throw new Error('saveRating: a rating needs a label');
  return db.transaction('rw', [db.ratings, db.codebooks, db.auditEvents], async () => {
    const key: [StudyId, SampleId, ReviewerId, ThreadId] = [rating.studyId, rating.sampleId, rating.reviewerId, rating.threadId];
    // Reads together, then writes together: each round trip is on the reviewer's keypress path.
    const [before, codebook] = await Promise.all([db.ratings.get(key), db.codebooks.get([rating.studyId, rating.codebookVersion])]);
    if (!codebook) throw new Error(`saveRating: codebook version ${rating.codebookVersion} does not exist`);
    const stored: Rating = before ? { ...rating, durationMs: before.durationMs + rating.durationMs } : rating;
    const from = describe(before);
    const to = describe(stored);
    const writes: Promise<unknown>[] = [db.ratings.put(stored)];
    if (!codebook.frozen) writes.push(db.codebooks.update([rating.studyId, rating.codebookVersion], { frozen: true }));
    if (from !== to) {
      writes.push(db.auditEvents.add({
        studyId: rating.studyId, at: rating.updatedAt, actor: rating.reviewerId, action: before ? 'rating.changed' : 'rating.created',
        subject: `${rating.sampleId}/${rating.threadId}`, from, to, why: null,
      }));
    }
    await Promise.all(writes);
    return { frozeCodebook: !codebook.frozen };
  });
}

/** Removes a reviewer's label (undo), keeping the removal in the audit log. */
export async function deleteRating(
  db: ConcordDatabase, key: { studyId: StudyId; sampleId: SampleId; reviewerId: ReviewerId; threadId: ThreadId }, now: string,
): Promise<void> {
  await db.transaction('rw', [db.ratings, db.auditEvents], async () => {
    const id: [StudyId, SampleId, ReviewerId, ThreadId] = [key.studyId, key.sampleId, key.reviewerId, key.threadId];
    const before = await db.ratings.get(id);
    if (!before) return;
    await db.ratings.delete(id);
    await db.auditEvents.add({
      studyId: key.studyId, at: now, actor: key.reviewerId, action: 'rating.undone', subject: `${key.sampleId}/${key.threadId}`,
      from: describe(before), to: null, why: null,
    });
  });
}

/** Every rating of a study (all samples, all reviewers): for the lead's views, never a reviewer's. */
export async function listStudyRatings(db: ConcordDatabase, studyId: StudyId): Promise<Rating[]> {
  const [lo, hi] = prefixRange(studyId);
  return db.ratings.where(':id').between(lo, hi, true, true).toArray();
}
