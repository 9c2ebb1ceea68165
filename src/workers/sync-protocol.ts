import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import type { ErrorData } from './backup-protocol';

export interface Credentials {
  username: string;
  password: string;
}

/** What a reviewer gives to open their packet from the server (the lead sent all four). */
export interface ServerPacketAccess extends Credentials {
  databaseUrl: string;
  passphrase: string;
}

/** What the lead hands one reviewer after provisioning: shown once, stored nowhere. */
export interface ProvisionedReviewer extends Credentials {
  reviewerId: ReviewerId;
  reviewerName: string;
  databaseUrl: string;
  passphrase: string;
}

export interface ProvisionInput {
  studyId: StudyId;
  sampleId: SampleId;
  /** The CouchDB root as this origin serves it (`https://host/couchdb`). */
  serverUrl: string;
  admin: Credentials;
  includeMetadata: boolean;
  instructions: string;
  dueDate: string | null;
}

/** The sync worker's requests; `follow` replicates the study the page has open (null: none), and only it. */
export type SyncRequest =
  | { type: 'follow'; studyId: StudyId | null }
  | ({ type: 'open-from-server'; now: string } & ServerPacketAccess)
  | ({ type: 'provision'; now: string } & ProvisionInput);

export interface SyncResults {
  follow: null;
  'open-from-server': { studyId: StudyId; sampleId: SampleId; reviewerId: ReviewerId };
  provision: { reviewers: ProvisionedReviewer[] };
}

export type SyncMessage =
  | { type: 'result'; id: number; result: SyncResults[SyncRequest['type']] }
  | { type: 'error'; id: number; error: ErrorData }
  | { type: 'progress'; id: number; fraction: number }
  /** A study's sync state changed; `ratings`: labels were merged into it. */
  | { type: 'changed'; studyId: StudyId; ratings: boolean };
