import type { RoleGroups } from './corpus/role-groups';
import type { StudyId } from './ids';
import type { StudySummary } from './study-summary';

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
  /** Role → its groups on the corpus dashboard, as the lead set them (absent: defaults; not indexed). */
  roleGroups?: RoleGroups;
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

/** How many records of each kind a study held (what deleting it removed). */
export type StudyRecordCounts = Record<
  | 'studies'
  | 'threads'
  | 'threadPages'
  | 'llmRuns'
  | 'llmLabels'
  | 'codebooks'
  | 'reviewers'
  | 'samples'
  | 'ratings'
  | 'pendingAnnotations'
  | 'decisions'
  | 'sentPackets'
  | 'labelsReceipts'
  | 'auditEvents',
  number
>;
