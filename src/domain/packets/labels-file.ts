import type { ReviewerId, SampleId, StudyId } from '../ids';
import type { AuditEvent } from '../audit-event';
import type { Rating } from '../rating';

export const LABELS_FORMAT = 'concord-labels-file';
export const LABELS_VERSION = 1;

/** A rating as a labels file carries it: the study, sample and reviewer are the file's own. */
export type LabelsFileRating = Omit<Rating, 'studyId' | 'sampleId' | 'reviewerId'>;

/** One of the reviewer's own audit events, in the order they happened. */
export type LabelsFileEvent = Pick<AuditEvent, 'at' | 'action' | 'subject' | 'from' | 'to' | 'why'>;

/**
 * What a reviewer sends back: every rating of their packet so far (a whole snapshot, never a
 * difference, so the newest file alone says what the reviewer holds) and their audit events,
 * naming the packet it answers by id and SHA-256. Encrypted to the study's age key.
 */
export interface LabelsFile {
  format: typeof LABELS_FORMAT;
  version: typeof LABELS_VERSION;
  /** The reviewer's clock when the file was made: orders the files of one reviewer. */
  createdAt: string;
  packetId: string;
  packetSha256: string;
  study: { id: StudyId };
  sample: { id: SampleId };
  reviewer: { id: ReviewerId };
  ratings: LabelsFileRating[];
  events: LabelsFileEvent[];
}

export interface LabelsFileSource {
  createdAt: string;
  packetId: string;
  packetSha256: string;
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  ratings: readonly Rating[];
  events: readonly AuditEvent[];
}

/** The labels file of a reviewer workspace; ratings sorted by thread id so equal states give equal files. */
/** A rating as a labels file (or a label event) carries it: the study, sample and reviewer left out. */
export const toLabelsFileRating = ({
  threadId,
  label,
  codebookVersion,
  otherSuggestion,
  note,
  flagged,
  durationMs,
  updatedAt,
}: Rating): LabelsFileRating => ({
  threadId,
  label,
  codebookVersion,
  otherSuggestion,
  note,
  flagged,
  durationMs,
  updatedAt,
});

export function buildLabelsFile(source: LabelsFileSource): LabelsFile {
  const ratings = source.ratings
    .filter((r) => r.sampleId === source.sampleId && r.reviewerId === source.reviewerId)
    .map(toLabelsFileRating)
    .sort((a, b) => (a.threadId < b.threadId ? -1 : a.threadId > b.threadId ? 1 : 0));
  const events = source.events.map(({ at, action, subject, from, to, why }) => ({
    at,
    action,
    subject,
    from,
    to,
    why,
  }));
  return {
    format: LABELS_FORMAT,
    version: LABELS_VERSION,
    createdAt: source.createdAt,
    packetId: source.packetId,
    packetSha256: source.packetSha256,
    study: { id: source.studyId },
    sample: { id: source.sampleId },
    reviewer: { id: source.reviewerId },
    ratings,
    events,
  };
}
