import type { ThreadId } from '../../domain/ids';
import type { PendingAnnotation, Rating } from '../../domain/rating';
import type { RevisitEntry } from './components/revisit-dialog';

/** The reviewer's threads worth going back to, in queue order: every one they labeled, and any they flagged before labeling it. */
export function revisitEntries(
  ids: readonly ThreadId[],
  ratings: ReadonlyMap<ThreadId, Rating>,
  pending: ReadonlyMap<ThreadId, PendingAnnotation>,
): RevisitEntry[] {
  return ids.flatMap((threadId, i) => {
    const rating = ratings.get(threadId);
    const flagged = Boolean(rating?.flagged ?? pending.get(threadId)?.flagged);
    return rating || flagged ? [{ threadId, position: i + 1, label: rating?.label ?? null, flagged }] : [];
  });
}
