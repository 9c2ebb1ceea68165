import type { ReviewerId, SampleId, StudyId } from '../ids';
import { buildLabelsFile, type LabelsFile, type LabelsFileRating } from '../packets/labels-file';
import type { LabelEventPayload } from './sync-docs';

export interface FoldBase {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  packetId: string;
  packetSha256: string;
}

export interface SeqPayload {
  seq: number;
  payload: LabelEventPayload;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Seq, then the reviewer's clock, then the payload itself: one order whatever order events arrive in. */
function compareEvents(a: SeqPayload, b: SeqPayload): number {
  return (
    a.seq - b.seq ||
    byText(a.payload.createdAt, b.payload.createdAt) ||
    byText(JSON.stringify(a.payload), JSON.stringify(b.payload))
  );
}

/**
 * A reviewer's label events folded into the labels file they stand for, so the lead merges a
 * replicated reviewer with the files' own `mergeLabelsFile`, verified, idempotent and ordered
 * alike. Per thread the event of the highest seq says its rating (null: removed, so the thread is
 * absent); ties of seq (two machines of one reviewer) go to the later createdAt, then to the
 * payload's text, so the result depends only on the set of events, not on their order or
 * repetition. createdAt is the latest createdAt of all events; the file is built by
 * buildLabelsFile (ratings sorted by thread id); events are every payload's events in event order.
 * Preconditions: at least one event, every one answering `base`'s packet (labelEventProblems).
 */
export function foldLabelEvents(payloads: readonly SeqPayload[], base: FoldBase): LabelsFile {
  if (payloads.length === 0) throw new Error('foldLabelEvents: there must be at least one label event');
  const foreign = payloads.find(
    ({ payload }) => payload.packetId !== base.packetId || payload.packetSha256 !== base.packetSha256,
  );
  if (foreign)
    throw new Error(`foldLabelEvents: an event answers packet ${foreign.payload.packetId}, not ${base.packetId}`);

  const ordered = [...payloads].sort(compareEvents);
  const unique = ordered.filter((e, i) => i === 0 || compareEvents(ordered[i - 1]!, e) !== 0);
  const latest = new Map<string, LabelsFileRating | null>();
  for (const { payload } of unique) latest.set(payload.threadId, payload.rating);
  const { studyId, sampleId, reviewerId } = base;
  return buildLabelsFile({
    ...base,
    createdAt: unique.map((e) => e.payload.createdAt).reduce((a, b) => (b > a ? b : a)),
    ratings: [...latest.values()].filter((r) => r !== null).map((r) => ({ ...r, studyId, sampleId, reviewerId })),
    events: unique.flatMap((e) => e.payload.events).map((e) => ({ ...e, studyId, actor: reviewerId })),
  });
}
