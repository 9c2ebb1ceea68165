import { z } from 'zod';
import { categorySchema } from '../backup/backup-schema';
import type { LabelsFile } from './labels-file';
import type { ReviewerPacket } from './reviewer-packet';
import { LABELS_FORMAT, LABELS_VERSION } from './labels-file';
import { PACKET_FORMAT, PACKET_VERSION } from './reviewer-packet';

// Version 1 of both envelopes. Strict about shape, loose about unknown fields (kept, like the
// backup's). Each schema `satisfies` its type, so a field added to a type and not here fails to
// compile. Ids are branded strings in the types; the cast only tells TypeScript so.
const id = <T extends string>() => z.string().min(1) as unknown as z.ZodType<T>;
const text = z.string();
const nullableText = z.string().nullable();
const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date and time');

const packetThread = z.looseObject({
  threadId: id<ReviewerPacket['threads'][number]['threadId']>(),
  turns: z.array(text),
  department: nullableText.optional(),
  role: nullableText.optional(),
  createdAt: nullableText.optional(),
});

export const reviewerPacketSchema = z.looseObject({
  format: z.literal(PACKET_FORMAT),
  version: z.literal(PACKET_VERSION),
  packetId: id<string>(),
  createdAt: isoTime,
  study: z.looseObject({
    id: id<ReviewerPacket['study']['id']>(),
    name: text,
    recipient: z.string().startsWith('age1'),
  }),
  sample: z.looseObject({ id: id<ReviewerPacket['sample']['id']>(), name: text }),
  reviewer: z.looseObject({ id: id<ReviewerPacket['reviewer']['id']>(), name: text, initials: text }),
  instructions: text,
  dueDate: nullableText,
  includesMetadata: z.boolean(),
  codebook: z.looseObject({ version: z.number().int().positive(), categories: z.array(categorySchema).min(1) }),
  threads: z.array(packetThread),
}) satisfies z.ZodType<ReviewerPacket>;

const labelsRating = z.looseObject({
  threadId: id<LabelsFile['ratings'][number]['threadId']>(),
  label: z.string().min(1),
  codebookVersion: z.number().int().positive(),
  otherSuggestion: nullableText,
  note: nullableText,
  flagged: z.boolean(),
  durationMs: z.number().nonnegative(),
  updatedAt: isoTime,
});

const labelsEvent = z.looseObject({
  at: isoTime,
  action: text,
  subject: text,
  from: nullableText,
  to: nullableText,
  why: nullableText,
});

export const labelsFileSchema = z.looseObject({
  format: z.literal(LABELS_FORMAT),
  version: z.literal(LABELS_VERSION),
  createdAt: isoTime,
  packetId: id<string>(),
  packetSha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex'),
  study: z.looseObject({ id: id<LabelsFile['study']['id']>() }),
  sample: z.looseObject({ id: id<LabelsFile['sample']['id']>() }),
  reviewer: z.looseObject({ id: id<LabelsFile['reviewer']['id']>() }),
  ratings: z.array(labelsRating),
  events: z.array(labelsEvent),
}) satisfies z.ZodType<LabelsFile>;
