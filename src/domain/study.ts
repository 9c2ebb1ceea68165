import type { Category } from './codebook/codebook';
import type { LlmRunId, ReviewerId, SampleId, StudyId, ThreadId } from './ids';

/** Counts kept per study so lists and filters never count through an index (STACK.md). */
export interface StudySummary {
  threadCount: number;
  /** Threads whose text exceeds a spreadsheet cell (32,767 characters). */
  overLimitCount: number;
  totalCharacters: number;
  byDepartment: Record<string, number>;
  byRole: Record<string, number>;
  /** Threads per user id; frequent users are derived from it with the study's threshold. */
  byUser: Record<string, number>;
}

export interface Study {
  id: StudyId;
  name: string;
  createdAt: string;
  isDemo: boolean;
  /** Users with more than this many threads are "frequent users" (PRODUCT.md: five). */
  frequentUserThreshold: number;
  summary: StudySummary;
  /** Reports and exports show reviewers as Reviewer 1…n, not by name (absent: off; not indexed). */
  anonymiseReviewers?: boolean;
  /**
   * The study's own age key pair (X25519): labels files come back encrypted to `recipient`, and
   * only this browser (or a restore of its backup) holds `identity`. Absent on studies made
   * before issue #10 until first needed (not indexed).
   */
  ageKeys?: StudyAgeKeys;
  /** Set on a reviewer workspace opened from a packet; absent on a lead's study (not indexed). */
  workspace?: ReviewerWorkspace;
}

export interface StudyAgeKeys {
  /** `AGE-SECRET-KEY-1…`: a secret, so a backup that holds it is a secret too. */
  identity: string;
  /** `age1…`: what a packet carries so the reviewer's labels file is encrypted to this study. */
  recipient: string;
}

/** What a reviewer's browser keeps of the packet it opened, apart from the copied records. */
export interface ReviewerWorkspace {
  kind: 'reviewer-packet';
  packetId: string;
  sourceStudyId: StudyId;
  sourceStudyName: string;
  sampleName: string;
  reviewerName: string;
  instructions: string;
  dueDate: string | null;
  /** The lead study's recipient, to which labels files are encrypted. */
  recipient: string;
  /** SHA-256 (hex) of the packet file as opened, named by every labels file. */
  packetSha256: string;
}

/** A thread without its text: what lists, filters and samples need. */
export interface ThreadMeta {
  studyId: StudyId;
  threadId: ThreadId;
  userId: string | null;
  department: string | null;
  role: string | null;
  createdAt: string | null;
  turnCount: number;
  /** Characters of the whole text (turns joined), never truncated in storage. */
  length: number;
  /** The first characters of the text, for list rows. */
  preview: string;
  /** Position in import order, so lists keep the file's order. */
  ordinal: number;
}

/** A whole thread as stored: its metadata and its user prompts, never truncated. */
export interface StoredThread extends ThreadMeta {
  turns: string[];
}

/**
 * The metadata of up to one import chunk of threads in one record, so that listing 30,000
 * threads reads a few records, and an import writes about one record per thread (IndexedDB's
 * cost is per record: bench/import-bench.ts).
 */
export interface ThreadPage {
  studyId: StudyId;
  page: number;
  threads: ThreadMeta[];
}

/** One model (or one run of a model) whose labels were imported. */
export interface LlmRun {
  studyId: StudyId;
  runId: LlmRunId;
  model: string;
  source: string;
  importedAt: string;
  labelCounts: Record<string, number>;
}

/**
 * All labels of one run in one record: a record per label would triple the records an import
 * writes, and IndexedDB's cost grows with records, not bytes (bench/import-bench.ts).
 */
export interface LlmRunLabels {
  studyId: StudyId;
  runId: LlmRunId;
  labels: Record<string, string>;
}

export interface CodebookVersion {
  studyId: StudyId;
  version: number;
  categories: Category[];
  createdAt: string;
  /** Frozen once anything has been labeled under it; edits then make a new version. */
  frozen: boolean;
}

export interface Reviewer {
  studyId: StudyId;
  reviewerId: ReviewerId;
  name: string;
  initials: string;
  role: 'reviewer' | 'lead';
}

export interface Sample {
  studyId: StudyId;
  sampleId: SampleId;
  name: string;
  createdAt: string;
  seed: number;
  threadIds: ThreadId[];
  reviewerIds: ReviewerId[];
  codebookVersion: number;
  /** Population, filters, strata: everything a methods section needs to reproduce the draw. */
  manifest: Record<string, unknown>;
  /** The lead's choice: a reviewer who has labeled every thread may then see the LLM's labels. */
  revealLlmAfterDone?: boolean;
  /** Unanimous threads become final without a decision; absent means on (issue 5). */
  autoAcceptUnanimous?: boolean;
  /**
   * Thread id → the reviewers who label it, in a k-of-n design (issue 9). Absent: every
   * reviewer labels every thread, as in samples drawn before. Read it through
   * `domain/sampling/threads-of-reviewer.ts`.
   */
  assignment?: Record<string, ReviewerId[]>;
}

export interface Rating {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  threadId: ThreadId;
  label: string;
  codebookVersion: number;
  otherSuggestion: string | null;
  note: string | null;
  flagged: boolean;
  durationMs: number;
  updatedAt: string;
}

/**
 * A note or flag a reviewer put on a thread they have not labeled yet. It is not a rating (a
 * rating always has a label), so no statistic, decision, count or export sees it; saving the
 * label moves it into the rating and removes it, in the same transaction.
 */
export interface PendingAnnotation {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  threadId: ThreadId;
  note: string | null;
  flagged: boolean;
  updatedAt: string;
}

/**
 * How a final label was reached: all reviewers agreed (`unanimous`), the reviewers discussed it
 * together (`consensus`), a named reviewer or lead decided (`adjudicated`), or the lead accepted
 * the majority label (`majority`).
 */
export type DecisionMethod = 'unanimous' | 'consensus' | 'adjudicated' | 'majority';

/** The final (gold) label of a thread in a sample, as the lead recorded it. */
export interface Decision {
  studyId: StudyId;
  sampleId: SampleId;
  threadId: ThreadId;
  finalLabel: string;
  method: DecisionMethod;
  /** The reviewer or lead who adjudicated; required for `adjudicated`, null otherwise. */
  adjudicatorId: ReviewerId | null;
  /**
   * The adjudicator had labeled the thread too (set by `saveDecision` from the ratings). Absent
   * on decisions recorded while an adjudicator had to be someone who had not labeled it: false.
   */
  adjudicatorRated?: boolean;
  /** Why: required for `adjudicated`, optional otherwise. */
  rationale: string | null;
  /** Who recorded the decision (a reviewer id, or "lead"). */
  decidedBy: string;
  decidedAt: string;
  /**
   * Each reviewer's label when the decision was recorded (reviewer id → label). If the labels
   * change afterwards, or one is undone, the decision no longer stands (thread-outcome.ts).
   */
  votes?: Record<string, string>;
}

export interface AuditEvent {
  seq?: number;
  studyId: StudyId;
  at: string;
  actor: string;
  action: string;
  subject: string;
  from: string | null;
  to: string | null;
  why: string | null;
}

export function emptySummary(): StudySummary {
  return { threadCount: 0, overLimitCount: 0, totalCharacters: 0, byDepartment: {}, byRole: {}, byUser: {} };
}

/** How many records of each kind a study held (what deleting it removed). */
export type StudyRecordCounts = Record<
  'studies' | 'threads' | 'threadPages' | 'llmRuns' | 'llmLabels' | 'codebooks' | 'reviewers' | 'samples' | 'ratings'
  | 'pendingAnnotations' | 'decisions' | 'sentPackets' | 'labelsReceipts' | 'auditEvents',
  number
>;
