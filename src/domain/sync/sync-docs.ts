import { z } from 'zod';
import type { LabelsFileEvent, LabelsFileRating } from '../packets/labels-file';
import { labelsFileSchema } from '../packets/packet-schemas';

// The documents of a reviewer's CouchDB database (docs/sync.md). Only what the server's
// validation function needs is in clear; the packet and every label travel age-encrypted.

export const PACKET_DOC_ID = 'packet';
export const PACKET_DOC_TYPE = 'concord-packet';
export const LABEL_EVENT_DOC_TYPE = 'concord-label-event';

/** The reviewer packet, written by the lead only: the age file (passphrase) as base64. */
export interface PacketDoc {
  _id: typeof PACKET_DOC_ID;
  type: typeof PACKET_DOC_TYPE;
  packetId: string;
  /** SHA-256 of the binary age packet, as the packet file's. */
  sha256: string;
  /** Base64 of the binary age packet. */
  age: string;
}

/** One change of one label, appended by the reviewer and never updated or deleted. */
export interface LabelEventDoc {
  _id: string;
  type: typeof LABEL_EVENT_DOC_TYPE;
  reviewerId: string;
  threadId: string;
  /** The reviewer's own counter: the highest seq of a thread says its current label. */
  seq: number;
  /** Base64 of an age file, encrypted to the study's X25519 key, holding a LabelEventPayload. */
  payload: string;
}

/** What a label event's payload decrypts to. */
export interface LabelEventPayload {
  /** The reviewer's clock when the event was made. */
  createdAt: string;
  packetId: string;
  packetSha256: string;
  threadId: string;
  /** The thread's rating after the change; null: the label was removed (undo). */
  rating: LabelsFileRating | null;
  /** The reviewer's own audit events made with this change, in order. */
  events: LabelsFileEvent[];
}

/** The most a seq may be: it is written with ten digits in the document id. */
export const MAX_LABEL_EVENT_SEQ = 9_999_999_999;
const NONCE = /^[0-9a-f]{8}$/;

/**
 * The id of a label event: `ev-<reviewerId>-<seq, ten digits>-<nonce>`. Ids sort by seq within a
 * reviewer; the nonce (eight random hex digits chosen by the caller) keeps two machines of one
 * reviewer, which may use the same seq, from ever writing the same id, so replication never
 * conflicts. Throws when seq is not an integer in [0, MAX_LABEL_EVENT_SEQ] or the nonce is not
 * eight lowercase hex digits.
 */
export function labelEventId(reviewerId: string, seq: number, nonce: string): string {
  if (!Number.isInteger(seq) || seq < 0 || seq > MAX_LABEL_EVENT_SEQ) {
    throw new Error(`labelEventId: seq must be an integer from 0 to ${MAX_LABEL_EVENT_SEQ}, not ${seq}`);
  }
  if (!NONCE.test(nonce)) throw new Error(`labelEventId: the nonce must be 8 lowercase hex digits, not "${nonce}"`);
  return `ev-${reviewerId}-${String(seq).padStart(10, '0')}-${nonce}`;
}

const base64 = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64');
const nonEmpty = z.string().min(1);

// Documents come from a server: loose about extra fields (_rev, _revisions), strict about ours.
export const packetDocSchema = z.looseObject({
  _id: z.literal(PACKET_DOC_ID),
  type: z.literal(PACKET_DOC_TYPE),
  packetId: nonEmpty,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex'),
  age: base64,
}) satisfies z.ZodType<PacketDoc>;

export const labelEventDocSchema = z
  .looseObject({
    _id: nonEmpty,
    type: z.literal(LABEL_EVENT_DOC_TYPE),
    reviewerId: nonEmpty,
    threadId: nonEmpty,
    seq: z.number().int().min(0).max(MAX_LABEL_EVENT_SEQ),
    payload: base64,
  })
  .refine(
    (doc) =>
      doc._id.startsWith(`ev-${doc.reviewerId}-${String(doc.seq).padStart(10, '0')}-`) &&
      NONCE.test(doc._id.slice(-8)) &&
      doc._id.length === `ev-${doc.reviewerId}-`.length + 10 + 1 + 8,
    { message: 'its id does not name its reviewer and seq', path: ['_id'] },
  ) satisfies z.ZodType<LabelEventDoc>;

// The rating and event shapes of the labels file (packet-schemas.ts), so both carry one label alike.
const ratingSchema = labelsFileSchema.shape.ratings.element;
const eventSchema = labelsFileSchema.shape.events.element;

export const labelEventPayloadSchema = z
  .looseObject({
    createdAt: labelsFileSchema.shape.createdAt,
    packetId: nonEmpty,
    packetSha256: labelsFileSchema.shape.packetSha256,
    threadId: nonEmpty,
    rating: ratingSchema.nullable(),
    events: z.array(eventSchema),
  })
  .refine((p) => p.rating === null || p.rating.threadId === p.threadId, {
    message: 'its rating is for another thread',
    path: ['rating', 'threadId'],
  }) satisfies z.ZodType<LabelEventPayload>;

/**
 * What is wrong with a decrypted label event, in words for the lead: its payload must agree with
 * the document's clear fields (which the server checked) and answer the reviewer's packet. An
 * empty list: the event may be folded (`foldLabelEvents`).
 */
export function labelEventProblems(
  doc: LabelEventDoc,
  payload: LabelEventPayload,
  expected: { reviewerId: string; packetId: string; packetSha256: string },
): string[] {
  const problems: string[] = [];
  if (doc.reviewerId !== expected.reviewerId)
    problems.push(`it is from reviewer ${doc.reviewerId}, not ${expected.reviewerId}`);
  if (payload.threadId !== doc.threadId)
    problems.push(`its label is for thread ${payload.threadId}, but the event names ${doc.threadId}`);
  if (payload.packetId !== expected.packetId || payload.packetSha256 !== expected.packetSha256) {
    problems.push(`it answers packet ${payload.packetId}, not the packet of this database`);
  }
  return problems.map((p) => `label event ${doc._id}: ${p}`);
}
