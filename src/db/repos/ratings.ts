import type { ConcordDatabase } from '../database';
import { prefixRange } from '../database';
import type { ReviewerId, SampleId, StudyId, ThreadId } from '../../domain/ids';
import { describeRating } from '../../domain/labeling/describe-rating';
import type { LabelChoice } from '../../domain/labeling/undo-sitting';
import type { PendingAnnotation, Rating } from '../../domain/rating';

export type RatingKey = Pick<Rating, 'studyId' | 'sampleId' | 'reviewerId' | 'threadId'>;
type Key = [StudyId, SampleId, ReviewerId, ThreadId];
const idOf = (k: RatingKey): Key => [k.studyId, k.sampleId, k.reviewerId, k.threadId];
// A caller may pass a whole rating as the key: only the key's fields go into a pending record.
const keyFields = (k: RatingKey): RatingKey => ({
  studyId: k.studyId,
  sampleId: k.sampleId,
  reviewerId: k.reviewerId,
  threadId: k.threadId,
});

/** What a reviewer's write left on a thread: a rating, or a note or flag waiting for its label. */
export interface ThreadAnnotationState {
  rating: Rating | null;
  pending: PendingAnnotation | null;
}

export async function listRatingsForReviewer(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
  reviewerId: ReviewerId,
): Promise<Rating[]> {
  const [lo, hi] = prefixRange(studyId, sampleId, reviewerId);
  return db.ratings.where(':id').between(lo, hi, true, true).toArray();
}

/** A reviewer's notes and flags on threads they have not labeled yet: for their own workspace only. */
export async function listPendingAnnotationsForReviewer(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
  reviewerId: ReviewerId,
): Promise<PendingAnnotation[]> {
  const [lo, hi] = prefixRange(studyId, sampleId, reviewerId);
  return db.pendingAnnotations.where(':id').between(lo, hi, true, true).toArray();
}

export async function listRatingsForSample(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
): Promise<Rating[]> {
  const [lo, hi] = prefixRange(studyId, sampleId);
  return db.ratings.where(':id').between(lo, hi, true, true).toArray();
}

const describe = describeRating;

const describePending = (p: PendingAnnotation | null | undefined) =>
  (p ? [p.flagged ? '[flagged]' : '', p.note ? '[note]' : ''].filter(Boolean).join(' ') : '') || null;

const audit = (
  db: ConcordDatabase,
  key: RatingKey,
  at: string,
  action: string,
  from: string | null,
  to: string | null,
) =>
  db.auditEvents.add({
    studyId: key.studyId,
    at,
    actor: key.reviewerId,
    action,
    subject: `${key.sampleId}/${key.threadId}`,
    from,
    to,
    why: null,
  });

/**
 * Stores a reviewer's label for a thread, takes into it any note or flag made before the label
 * (removing that pending annotation), freezes the codebook version it was made under, and keeps
 * any change in the audit log (who, when, from, to): all in one transaction, so the label is on
 * disk before the caller moves on. Returns the rating as stored.
 */
export async function saveRating(
  db: ConcordDatabase,
  rating: Rating,
): Promise<{ frozeCodebook: boolean; stored: Rating }> {
  if (!rating.label) throw new Error('saveRating: a rating needs a label');
  return db.transaction('rw', [db.ratings, db.pendingAnnotations, db.codebooks, db.auditEvents], async () => {
    const key = idOf(rating);
    // Reads together, then writes together: each round trip is on the reviewer's keypress path.
    const [before, pending, codebook] = await Promise.all([
      db.ratings.get(key),
      db.pendingAnnotations.get(key),
      db.codebooks.get([rating.studyId, rating.codebookVersion]),
    ]);
    if (!codebook) throw new Error(`saveRating: codebook version ${rating.codebookVersion} does not exist`);
    const annotated = pending
      ? { ...rating, note: rating.note ?? pending.note, flagged: rating.flagged || pending.flagged }
      : rating;
    const stored: Rating = before ? { ...annotated, durationMs: before.durationMs + rating.durationMs } : annotated;
    const from = describe(before);
    const to = describe(stored);
    const writes: Promise<unknown>[] = [db.ratings.put(stored)];
    if (pending) writes.push(db.pendingAnnotations.delete(key));
    if (!codebook.frozen) writes.push(db.codebooks.update([rating.studyId, rating.codebookVersion], { frozen: true }));
    if (from !== to)
      writes.push(audit(db, rating, rating.updatedAt, before ? 'rating.changed' : 'rating.created', from, to));
    await Promise.all(writes);
    return { frozeCodebook: !codebook.frozen, stored };
  });
}

/**
 * Sets a reviewer's note or flag on a thread, labeled or not: on its rating when it has one,
 * else as a pending annotation that the label will take (a note and flag both cleared leave no
 * record). One transaction with its audit event.
 */
export async function annotateThread(
  db: ConcordDatabase,
  key: RatingKey,
  patch: Partial<Pick<Rating, 'note' | 'flagged'>>,
  now: string,
): Promise<ThreadAnnotationState> {
  return db.transaction('rw', [db.ratings, db.pendingAnnotations, db.auditEvents], async () => {
    const id = idOf(key);
    const [rating, pending] = await Promise.all([db.ratings.get(id), db.pendingAnnotations.get(id)]);
    if (rating) {
      const next: Rating = { ...rating, ...patch, updatedAt: now };
      if (describe(next) !== describe(rating))
        await audit(db, key, now, 'rating.changed', describe(rating), describe(next));
      await db.ratings.put(next);
      return { rating: next, pending: null };
    }
    const next: PendingAnnotation = {
      ...keyFields(key),
      note: pending?.note ?? null,
      flagged: pending?.flagged ?? false,
      ...patch,
      updatedAt: now,
    };
    const kept = next.note || next.flagged ? next : null;
    if (describePending(kept) !== describePending(pending))
      await audit(db, key, now, 'annotation.changed', describePending(pending), describePending(kept));
    await (kept ? db.pendingAnnotations.put(kept) : db.pendingAnnotations.delete(id));
    return { rating: null, pending: kept };
  });
}

/**
 * Undoes one label: puts back the label the thread had before (`previous`), or removes the
 * rating when it had none, keeping its note and flag as a pending annotation. Refuses, changing
 * nothing, when the stored label is no longer `saved` (changed in another tab). One transaction
 * with its audit event.
 */
export async function undoRating(
  db: ConcordDatabase,
  key: RatingKey,
  undo: { saved: LabelChoice; previous: LabelChoice | null },
  now: string,
): Promise<ThreadAnnotationState> {
  return db.transaction('rw', [db.ratings, db.pendingAnnotations, db.auditEvents], async () => {
    const id = idOf(key);
    const current = await db.ratings.get(id);
    if (!current || current.label !== undo.saved.label || current.otherSuggestion !== undo.saved.otherSuggestion) {
      throw new Error(
        `The label of thread ${key.threadId} is no longer ${undo.saved.label} (it was changed elsewhere), so nothing was undone.`,
      );
    }
    if (undo.previous) {
      const restored: Rating = { ...current, ...undo.previous, updatedAt: now };
      await Promise.all([
        db.ratings.put(restored),
        audit(db, key, now, 'rating.undone', describe(current), describe(restored)),
      ]);
      return { rating: restored, pending: null };
    }
    const pending: PendingAnnotation | null =
      current.note || current.flagged
        ? { ...keyFields(key), note: current.note, flagged: current.flagged, updatedAt: now }
        : null;
    await Promise.all([
      db.ratings.delete(id),
      pending ? db.pendingAnnotations.put(pending) : null,
      audit(db, key, now, 'rating.undone', describe(current), null),
    ]);
    return { rating: null, pending };
  });
}

/** Every rating of a study (all samples, all reviewers): for the lead's views, never a reviewer's. */
export async function listStudyRatings(db: ConcordDatabase, studyId: StudyId): Promise<Rating[]> {
  const [lo, hi] = prefixRange(studyId);
  return db.ratings.where(':id').between(lo, hi, true, true).toArray();
}
