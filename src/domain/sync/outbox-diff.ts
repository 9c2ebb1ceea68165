import type { Rating } from '../rating';

export interface LabelChange {
  threadId: string;
  /** The rating to send; null: the label was removed (undo). */
  rating: Rating | null;
  /** What to remember as sent for the thread once the event is stored. */
  fingerprint: string;
}

/** The fingerprint of a removed label (or of no label). */
export const REMOVED_FINGERPRINT = ratingFingerprint(null);

/**
 * What a label event says about one thread, as a string: the label, its codebook version, the
 * Other suggestion, the note and the flag. Time spent and updatedAt are left out, so saving the
 * same label again sends nothing.
 */
export function ratingFingerprint(rating: Rating | null): string {
  if (rating === null) return 'removed';
  const { label, codebookVersion, otherSuggestion, note, flagged } = rating;
  return JSON.stringify([label, codebookVersion, otherSuggestion, note, flagged]);
}

/**
 * The label events a reviewer has still to send: a thread whose current rating's fingerprint is
 * not the one last sent (a new or changed label, note, flag or suggestion), and a thread sent
 * with a label that no longer has one (removed: rating null). Sorted by thread id. `sent` maps a
 * thread id to the fingerprint of the last event sent for it (REMOVED_FINGERPRINT, or no entry,
 * for none). Precondition: `current` holds at most one rating per thread (one reviewer, one sample).
 */
export function labelChangesToSend(sent: ReadonlyMap<string, string>, current: readonly Rating[]): LabelChange[] {
  const changes: LabelChange[] = [];
  const seen = new Set<string>();
  for (const rating of current) {
    if (seen.has(rating.threadId)) throw new Error(`labelChangesToSend: thread ${rating.threadId} is rated twice`);
    seen.add(rating.threadId);
    const fingerprint = ratingFingerprint(rating);
    if (sent.get(rating.threadId) !== fingerprint) changes.push({ threadId: rating.threadId, rating, fingerprint });
  }
  for (const [threadId, fingerprint] of sent) {
    if (!seen.has(threadId) && fingerprint !== REMOVED_FINGERPRINT) {
      changes.push({ threadId, rating: null, fingerprint: REMOVED_FINGERPRINT });
    }
  }
  return changes.sort((a, b) => (a.threadId < b.threadId ? -1 : a.threadId > b.threadId ? 1 : 0));
}
