import { z } from 'zod';
import type { CodebookVersion } from '../codebook/codebook';
import type { ExampleCandidate, ExamplePick } from '../codebook/example-candidate';
import type { Decision } from '../decisions/decision';
import type { LlmRun, LlmRunLabels } from '../llm-run';
import type { PendingAnnotation, Rating } from '../rating';
import type { Reviewer } from '../reviewer';
import type { Sample } from '../sampling/sample';
import type { Study } from '../study';
import type { StoredThread, ThreadPage } from '../threads/thread-meta';
import type { LabelsReceipt, SentPacket } from '../packets/packet-records';
import type { BackupAuditEvent } from './study-backup';

// The schema of a version 1 backup. Objects are loose: a field this schema does not know (added
// to a record after it was written) is kept, not dropped, so a restore loses nothing. Each
// schema `satisfies` its record type, so a field added to a type and not here fails to compile.
// Ids are branded strings in the types; the cast only tells TypeScript so.
const id = <T extends string>() => z.string() as unknown as z.ZodType<T>;
const text = z.string();
const nullableText = z.string().nullable();
const count = z.number().int().nonnegative();
const counts = z.record(z.string(), count);

const study = z.looseObject({
  id: id<Study['id']>(),
  name: text,
  createdAt: text,
  isDemo: z.boolean(),
  frequentUserThreshold: z.number(),
  summary: z.looseObject({
    threadCount: count,
    overLimitCount: count,
    totalCharacters: count,
    byDepartment: counts,
    byRole: counts,
    byUser: counts,
  }),
}) satisfies z.ZodType<Study>;

const threadMeta = {
  studyId: id<Study['id']>(),
  threadId: id<StoredThread['threadId']>(),
  userId: nullableText,
  department: nullableText,
  role: nullableText,
  createdAt: nullableText,
  turnCount: count,
  length: count,
  preview: text,
  ordinal: count,
};

const thread = z.looseObject({ ...threadMeta, turns: z.array(text) }) satisfies z.ZodType<StoredThread>;

const threadPage = z.looseObject({
  studyId: id<Study['id']>(),
  page: count,
  threads: z.array(z.looseObject(threadMeta)),
}) satisfies z.ZodType<ThreadPage>;

const llmRun = z.looseObject({
  studyId: id<Study['id']>(),
  runId: id<LlmRun['runId']>(),
  model: text,
  source: text,
  importedAt: text,
  labelCounts: counts,
  // Backups made before runs had a name, a note and a date (issue #11) have none: read with describeRun's defaults.
  name: text.optional(),
  note: text.optional(),
  ranAt: nullableText.optional(),
}) satisfies z.ZodType<LlmRun>;

const llmLabels = z.looseObject({
  studyId: id<Study['id']>(),
  runId: id<LlmRun['runId']>(),
  labels: z.record(z.string(), text),
  // The LLM's Other names (issue #11); absent from older backups and from runs without them.
  otherNames: z.record(z.string(), text).optional(),
}) satisfies z.ZodType<LlmRunLabels>;

/** A codebook category as stored; reviewer packets carry the same shape. */
export const categorySchema = z.looseObject({
  id: id<CodebookVersion['categories'][number]['id']>(),
  name: text,
  key: text,
  definition: text,
  examples: z.array(text),
  medhelm: z.looseObject({ category: text, subcategory: text, proposed: z.boolean() }),
  isOther: z.boolean(),
});

const codebook = z.looseObject({
  studyId: id<Study['id']>(),
  version: count,
  categories: z.array(categorySchema),
  createdAt: text,
  frozen: z.boolean(),
}) satisfies z.ZodType<CodebookVersion>;

const reviewer = z.looseObject({
  studyId: id<Study['id']>(),
  reviewerId: id<Reviewer['reviewerId']>(),
  name: text,
  initials: text,
  role: z.enum(['reviewer', 'lead']),
}) satisfies z.ZodType<Reviewer>;

const sample = z.looseObject({
  studyId: id<Study['id']>(),
  sampleId: id<Sample['sampleId']>(),
  name: text,
  createdAt: text,
  seed: z.number(),
  threadIds: z.array(id<StoredThread['threadId']>()),
  reviewerIds: z.array(id<Reviewer['reviewerId']>()),
  codebookVersion: count,
  manifest: z.record(z.string(), z.unknown()),
  revealLlmAfterDone: z.boolean().optional(),
  autoAcceptUnanimous: z.boolean().optional(),
  assignment: z.record(z.string(), z.array(id<Reviewer['reviewerId']>())).optional(),
}) satisfies z.ZodType<Sample>;

// What a rating and a pending annotation are keyed by, and their note and flag.
const reviewerThread = {
  studyId: id<Study['id']>(),
  sampleId: id<Sample['sampleId']>(),
  reviewerId: id<Reviewer['reviewerId']>(),
  threadId: id<StoredThread['threadId']>(),
  note: nullableText,
  flagged: z.boolean(),
  updatedAt: text,
};

const rating = z.looseObject({
  ...reviewerThread,
  label: text,
  codebookVersion: count,
  otherSuggestion: nullableText,
  durationMs: z.number().nonnegative(),
}) satisfies z.ZodType<Rating>;

const pendingAnnotation = z.looseObject(reviewerThread) satisfies z.ZodType<PendingAnnotation>;

const decision = z.looseObject({
  studyId: id<Study['id']>(),
  sampleId: id<Sample['sampleId']>(),
  threadId: id<StoredThread['threadId']>(),
  finalLabel: text,
  method: z.enum(['unanimous', 'consensus', 'adjudicated', 'majority']),
  adjudicatorId: id<Reviewer['reviewerId']>().nullable(),
  rationale: nullableText,
  decidedBy: text,
  decidedAt: text,
  votes: z.record(z.string(), z.string()).optional(),
  adjudicatorRated: z.boolean().optional(),
}) satisfies z.ZodType<Decision>;

const sentPacket = z.looseObject({
  studyId: id<Study['id']>(),
  packetId: text,
  sampleId: id<Sample['sampleId']>(),
  reviewerId: id<Reviewer['reviewerId']>(),
  sentAt: text,
  sha256: text,
  threadIds: z.array(id<StoredThread['threadId']>()),
  codebookVersion: count,
  includesMetadata: z.boolean(),
}) satisfies z.ZodType<SentPacket>;

const labelsReceipt = z.looseObject({
  studyId: id<Study['id']>(),
  packetId: text,
  sampleId: id<Sample['sampleId']>(),
  reviewerId: id<Reviewer['reviewerId']>(),
  lastFileAt: text,
  lastFileSha256: text,
  importedAt: text,
  delivered: z.record(z.string(), text),
  eventCount: count,
  // Absent in receipts before it; a hostile file must not slip a non-text label past the merge.
  keptLocal: z.record(z.string(), text).optional(),
}) satisfies z.ZodType<LabelsReceipt>;

const exampleCandidate = z.looseObject({
  studyId: id<Study['id']>(),
  candidateId: text,
  categoryId: id<ExampleCandidate['categoryId']>(),
  text,
  source: text,
  addedAt: text,
}) satisfies z.ZodType<ExampleCandidate>;

const examplePick = z.looseObject({
  studyId: id<Study['id']>(),
  reviewerId: id<Reviewer['reviewerId']>(),
  candidateId: text,
  categoryId: id<ExamplePick['categoryId']>(),
  pickedAt: text,
}) satisfies z.ZodType<ExamplePick>;

const auditEvent = z.looseObject({
  studyId: id<Study['id']>(),
  at: text,
  actor: text,
  action: text,
  subject: text,
  from: nullableText,
  to: nullableText,
  why: nullableText,
}) satisfies z.ZodType<BackupAuditEvent>;

/** A version 1 study backup (`StudyBackup`), checked record by record. */
export const studyBackupSchema = z.object({
  format: z.literal('concord-study-backup'),
  version: z.literal(1),
  exportedAt: text,
  study,
  tables: z.object({
    threads: z.array(thread),
    threadPages: z.array(threadPage),
    llmRuns: z.array(llmRun),
    llmLabels: z.array(llmLabels),
    codebooks: z.array(codebook),
    reviewers: z.array(reviewer),
    samples: z.array(sample),
    ratings: z.array(rating),
    // Backups made before notes could precede labels have no such table.
    pendingAnnotations: z.array(pendingAnnotation).default([]),
    decisions: z.array(decision),
    // Backups made before reviewer packets (issue #10) have neither table.
    sentPackets: z.array(sentPacket).default([]),
    labelsReceipts: z.array(labelsReceipt).default([]),
    // Backups made before example candidates (issue #11) have neither table.
    exampleCandidates: z.array(exampleCandidate).default([]),
    examplePicks: z.array(examplePick).default([]),
    auditEvents: z.array(auditEvent),
  }),
});
