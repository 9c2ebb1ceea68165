import type { ThreadId } from '../ids';
import { describeRating } from '../labeling/describe-rating';
import type { AuditEvent } from '../audit-event';
import type { Rating } from '../rating';
import type { LabelsFile, LabelsFileRating } from './labels-file';
import type { LabelConflict, LabelConflictResolution } from './labels-merge';
import type { LabelsReceipt } from './packet-records';

export interface MergeInput {
  /** A labels file already verified against the study (`verifyLabelsFile`). */
  file: LabelsFile;
  fileName: string;
  fileSha256: string;
  importedAt: string;
  /** What earlier files of this packet delivered; null before the first. */
  receipt: LabelsReceipt | null;
  /** The ratings the lead's browser holds for this reviewer and sample. */
  local: readonly Rating[];
  resolutions?: readonly LabelConflictResolution[];
}

export interface MergePlan {
  status: 'merged' | 'unchanged' | 'older' | 'conflicts';
  put: Rating[];
  remove: ThreadId[];
  events: Omit<AuditEvent, 'seq'>[];
  /** The receipt to store; null: store nothing. */
  receipt: LabelsReceipt | null;
  added: number;
  changed: number;
  removed: number;
  conflicts: LabelConflict[];
}

const nothing = (status: MergePlan['status'], conflicts: LabelConflict[] = []): MergePlan => ({
  status,
  put: [],
  remove: [],
  events: [],
  receipt: null,
  added: 0,
  changed: 0,
  removed: 0,
  conflicts,
});

const sameRecord = (a: Rating, b: LabelsFileRating) =>
  describeRating(a) === describeRating(b) &&
  a.note === b.note &&
  a.otherSuggestion === b.otherSuggestion &&
  a.codebookVersion === b.codebookVersion &&
  a.updatedAt === b.updatedAt &&
  a.durationMs === b.durationMs;

/** Files of one packet in order: the reviewer's clock, then the SHA-256 so equal times still order. */
const isNewer = (file: LabelsFile, sha: string, receipt: LabelsReceipt) =>
  file.createdAt > receipt.lastFileAt || (file.createdAt === receipt.lastFileAt && sha > receipt.lastFileSha256);

/**
 * What merging one labels file into the lead's study writes. A labels file is a whole snapshot
 * of the reviewer's packet, so the newest file decides what the files delivered:
 * - the same file again (same SHA-256) changes nothing (`unchanged`); a file older than the last
 *   one merged changes nothing (`older`);
 * - a newer file adds ratings the browser lacks, records changed ones as changes (from, to, at
 *   the reviewer's own time) and removes those an earlier file delivered that the reviewer has
 *   since undone;
 * - a rating this browser holds that no file delivered (made at the shared workstation, or
 *   changed there after a file) and that the file contradicts is a conflict: without the lead's
 *   resolution nothing of the file is written (`conflicts`); `keep: 'incoming'` takes the
 *   file's, `keep: 'local'` leaves the browser's.
 * Any order or repetition of the same files, without conflicts, ends in the same ratings and
 * receipt: those of the newest file (merge-plan.test.ts).
 */
export function planLabelsMerge(input: MergeInput): MergePlan {
  const { file, receipt } = input;
  if (receipt && receipt.lastFileSha256 === input.fileSha256) return nothing('unchanged');
  if (receipt && !isNewer(file, input.fileSha256, receipt)) return nothing('older');

  const local = new Map(input.local.map((r) => [r.threadId as string, r]));
  const delivered = receipt?.delivered ?? {};
  const fromFile = (r: Rating | undefined) => r !== undefined && delivered[r.threadId] === r.updatedAt;
  const keep = new Map(
    (input.resolutions ?? [])
      .filter((r) => r.reviewerId === file.reviewer.id)
      .map((r) => [r.threadId as string, r.keep]),
  );
  const key = { studyId: file.study.id, sampleId: file.sample.id, reviewerId: file.reviewer.id };
  const event = (
    at: string,
    action: string,
    threadId: ThreadId,
    from: string | null,
    to: string | null,
    why: string,
  ) => ({
    studyId: key.studyId,
    at,
    actor: key.reviewerId,
    action,
    subject: `${key.sampleId}/${threadId}`,
    from,
    to,
    why,
  });
  const why = `labels file ${input.fileName}`;

  const plan: MergePlan = { ...nothing('merged'), receipt: null };
  const nextDelivered: Record<string, string> = {};
  const incomingIds = new Set<string>();
  for (const incoming of file.ratings) {
    incomingIds.add(incoming.threadId);
    const current = local.get(incoming.threadId);
    const stored: Rating = { ...key, ...incoming };
    if (current && sameRecord(current, incoming)) {
      nextDelivered[incoming.threadId] = current.updatedAt;
      continue;
    }
    const describedSame = current !== undefined && describeRating(current) === describeRating(incoming);
    if (current && !fromFile(current) && !describedSame) {
      const choice = keep.get(incoming.threadId);
      if (choice === 'local') continue;
      if (choice === undefined) {
        plan.conflicts.push({
          threadId: incoming.threadId,
          reviewerId: key.reviewerId,
          local: { label: current.label, updatedAt: current.updatedAt },
          incoming: { label: incoming.label, updatedAt: incoming.updatedAt },
        });
        continue;
      }
    }
    if (current && !fromFile(current) && describedSame) {
      // The same label made at this browser: it stands, and counts as received.
      nextDelivered[incoming.threadId] = current.updatedAt;
      continue;
    }
    plan.put.push(stored);
    nextDelivered[incoming.threadId] = incoming.updatedAt;
    if (!current) {
      plan.added++;
      plan.events.push(
        event(incoming.updatedAt, 'rating.imported', incoming.threadId, null, describeRating(incoming), why),
      );
    } else if (!describedSame) {
      plan.changed++;
      plan.events.push(
        event(
          incoming.updatedAt,
          'rating.changed',
          incoming.threadId,
          describeRating(current),
          describeRating(incoming),
          why,
        ),
      );
    }
  }
  if (plan.conflicts.length > 0) return nothing('conflicts', plan.conflicts);

  for (const threadId of Object.keys(delivered)) {
    const current = local.get(threadId);
    if (incomingIds.has(threadId) || !fromFile(current)) continue;
    plan.remove.push(threadId as ThreadId);
    plan.removed++;
    plan.events.push(
      event(
        file.createdAt,
        'rating.removed',
        threadId as ThreadId,
        describeRating(current),
        null,
        `${why}: the reviewer undid it`,
      ),
    );
  }
  const seenEvents = receipt?.eventCount ?? 0;
  for (const e of file.events.slice(seenEvents)) {
    plan.events.push({
      studyId: key.studyId,
      at: e.at,
      actor: key.reviewerId,
      action: `workspace.${e.action}`,
      subject: e.subject,
      from: e.from,
      to: e.to,
      why: e.why,
    });
  }
  plan.events.push({
    studyId: key.studyId,
    at: input.importedAt,
    actor: 'lead',
    action: 'labels-file.imported',
    subject: file.packetId,
    from: null,
    to: `${plan.added} added, ${plan.changed} changed, ${plan.removed} removed`,
    why: input.fileName,
  });
  plan.receipt = {
    ...key,
    packetId: file.packetId,
    lastFileAt: file.createdAt,
    lastFileSha256: input.fileSha256,
    importedAt: input.importedAt,
    delivered: nextDelivered,
    eventCount: Math.max(seenEvents, file.events.length),
  };
  if (plan.added + plan.changed + plan.removed === 0) plan.status = 'unchanged';
  return plan;
}
