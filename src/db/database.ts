import Dexie, { type Table } from 'dexie';
import type { AuditEvent } from '../domain/audit-event';
import type { CodebookVersion } from '../domain/codebook/codebook';
import type { ExampleCandidate, ExamplePick } from '../domain/codebook/example-candidate';
import type { Decision } from '../domain/decisions/decision';
import type { LlmRun, LlmRunLabels } from '../domain/llm-run';
import type { PendingAnnotation, Rating } from '../domain/rating';
import type { Reviewer } from '../domain/reviewer';
import type { Sample } from '../domain/sampling/sample';
import type { Study } from '../domain/study';
import type { StoredThread, ThreadPage } from '../domain/threads/thread-meta';
import type { LlmRunId, ReviewerId, SampleId, StudyId, ThreadId } from '../domain/ids';
import type { LabelsReceipt, SentPacket } from '../domain/packets/packet-records';
import type { StoredSyncStream, SyncAccount } from './sync-records';

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * One database for every study. Every record but audit events is keyed by a compound key that
 * starts with its studyId, so a study's records are one key range per table: listing, counting
 * and deleting a study need no secondary index (each index costs import time, docs/stack.md).
 * Lists read thread metadata from a few page records, never the 52 MB of thread text.
 * Versions are only ever added, never edited.
 */
export class ConcordDatabase extends Dexie {
  studies!: Table<Study, StudyId>;
  threads!: Table<StoredThread, [StudyId, ThreadId]>;
  threadPages!: Table<ThreadPage, [StudyId, number]>;
  llmRuns!: Table<LlmRun, [StudyId, LlmRunId]>;
  llmLabels!: Table<LlmRunLabels, [StudyId, LlmRunId]>;
  codebooks!: Table<CodebookVersion, [StudyId, number]>;
  reviewers!: Table<Reviewer, [StudyId, ReviewerId]>;
  samples!: Table<Sample, [StudyId, SampleId]>;
  ratings!: Table<Rating, [StudyId, SampleId, ReviewerId, ThreadId]>;
  pendingAnnotations!: Table<PendingAnnotation, [StudyId, SampleId, ReviewerId, ThreadId]>;
  decisions!: Table<Decision, [StudyId, SampleId, ThreadId]>;
  sentPackets!: Table<SentPacket, [StudyId, string]>;
  labelsReceipts!: Table<LabelsReceipt, [StudyId, string]>;
  exampleCandidates!: Table<ExampleCandidate, [StudyId, string]>;
  examplePicks!: Table<ExamplePick, [StudyId, ReviewerId, string]>;
  syncAccounts!: Table<SyncAccount, StudyId>;
  syncStreams!: Table<StoredSyncStream, [StudyId, string]>;
  auditEvents!: Table<AuditEvent, number>;
  settings!: Table<Setting, string>;

  constructor(name = 'concord') {
    super(name);
    this.version(1).stores({
      studies: 'id',
      threads: '[studyId+threadId]',
      threadPages: '[studyId+page]',
      llmRuns: '[studyId+runId]',
      llmLabels: '[studyId+runId]',
      codebooks: '[studyId+version]',
      reviewers: '[studyId+reviewerId]',
      samples: '[studyId+sampleId]',
      ratings: '[studyId+sampleId+reviewerId+threadId]',
      decisions: '[studyId+sampleId+threadId]',
      auditEvents: '++seq, studyId',
      settings: 'key',
    });
    // Notes and flags made before a label (issue #9): a table of their own, so a rating always has a label.
    this.version(2).stores({ pendingAnnotations: '[studyId+sampleId+reviewerId+threadId]' });
    // Reviewer packets sent and labels files taken in, per packet (issue #10): only new tables.
    this.version(3).stores({ sentPackets: '[studyId+packetId]', labelsReceipts: '[studyId+packetId]' });
    // Candidate examples and reviewers' picks (issue #11): a reviewer's own picks are one key range.
    this.version(4).stores({
      exampleCandidates: '[studyId+candidateId]',
      examplePicks: '[studyId+reviewerId+candidateId]',
    });
    // Replication through CouchDB (issue #14): credentials and per-database progress apart from
    // every study table, so no export or backup can carry a password.
    this.version(5).stores({ syncAccounts: 'studyId', syncStreams: '[studyId+database]' });
  }
}

/** The tables whose compound primary key starts with studyId. */
export const STUDY_SCOPED_TABLES = [
  'threads',
  'threadPages',
  'llmRuns',
  'llmLabels',
  'codebooks',
  'reviewers',
  'samples',
  'ratings',
  'pendingAnnotations',
  'decisions',
  'sentPackets',
  'labelsReceipts',
  'exampleCandidates',
  'examplePicks',
] as const;
export type StudyScopedTable = (typeof STUDY_SCOPED_TABLES)[number];

/** The key range of every record whose compound key starts with `prefix`. */
export function prefixRange(...prefix: unknown[]): [unknown[], unknown[]] {
  return [
    [...prefix, Dexie.minKey],
    [...prefix, Dexie.maxKey],
  ];
}

/** The key range of every record of one study in a table keyed by [studyId, ...]. */
export const studyRange = (studyId: StudyId) => prefixRange(studyId);

let shared: ConcordDatabase | null = null;

/** The app's database, opened once per page or worker. */
export function getDatabase(): ConcordDatabase {
  shared ??= new ConcordDatabase();
  return shared;
}
