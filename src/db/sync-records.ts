import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import type { LabelEventPayload } from '../domain/sync/sync-docs';

// The records of replication through CouchDB (issue #14), apart from the repository so the
// schema (database.ts) names them without importing a repository.

/** One reviewer database a study replicates with: the lead reads it, its reviewer writes it. */
export interface SyncDatabase {
  database: string;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  packetId: string;
}

/**
 * How a study reaches its CouchDB server: the lead's user of the study (role `lead`, every
 * reviewer database of its samples) or a reviewer's own user (role `reviewer`, one database, the
 * study being the workspace its packet opened). Kept in a table of its own, never in a study
 * table, so no export or backup carries the password.
 */
export interface SyncAccount {
  studyId: StudyId;
  role: 'lead' | 'reviewer';
  /** The CouchDB root as this origin serves it (`https://host/couchdb`). */
  serverUrl: string;
  username: string;
  password: string;
  databases: SyncDatabase[];
}

/** Progress of one database's replication, and what it has carried so far. */
export interface SyncStream {
  studyId: StudyId;
  database: string;
  lastSyncAt: string | null;
  /** null until the first attempt. */
  reachable: boolean | null;
  /** Reviewer: label events written here and not yet on the server. */
  waiting: number;
  /** The last refusal or failure, in words; null when the last attempt went through. */
  problem: string | null;
  /** Reviewer: the next event's sequence number, the fingerprint of each label sent, the last audit event sent. */
  nextSeq: number;
  sent: Record<string, string>;
  auditSeq: number;
  /** Lead: the server's change sequence read up to. */
  since: string;
  /**
   * Lead: every label event read so far, as one JSON text (`StreamEvent[]`), and how many. The
   * page reads every stream for the status: fifty reviewers' events as objects made that read a
   * long task each time the status changed; one string per stream is copied, not rebuilt.
   */
  eventsJson: string;
  eventCount: number;
}

/** A label event read from a reviewer database: its seq and decrypted payload. */
export interface StreamEvent {
  seq: number;
  payload: LabelEventPayload;
}

/** A stream as the first version stored it: its events as objects (read, migrated, never written). */
export type StoredSyncStream =
  SyncStream | (Omit<SyncStream, 'eventsJson' | 'eventCount'> & { payloads: StreamEvent[] });
