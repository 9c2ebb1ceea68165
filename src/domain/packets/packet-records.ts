import type { ReviewerId, SampleId, StudyId, ThreadId } from '../ids';

/** A reviewer packet the lead made: what a labels file answering it is checked against. */
export interface SentPacket {
  studyId: StudyId;
  packetId: string;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  sentAt: string;
  /** SHA-256 (hex) of the encrypted file as handed to the lead. */
  sha256: string;
  threadIds: ThreadId[];
  codebookVersion: number;
  includesMetadata: boolean;
}

/**
 * What the lead's browser took in from the labels files of one packet: which file came last
 * (ordering the next), which ratings the files delivered (thread id → the rating's updatedAt:
 * a stored rating with that time came from a file, any other was made at this browser), how
 * many of the reviewer's own audit events are already in the log, and the conflicts the lead
 * resolved by keeping the local label.
 */
export interface LabelsReceipt {
  studyId: StudyId;
  packetId: string;
  sampleId: SampleId;
  reviewerId: ReviewerId;
  lastFileAt: string;
  lastFileSha256: string;
  importedAt: string;
  delivered: Record<string, string>;
  eventCount: number;
  /**
   * Thread id → the incoming label (with its Other suggestion) the lead declined, keeping the
   * local one: a later file bringing the same label there is not asked about again. Unindexed,
   * absent in receipts before it (read as none) and when the lead kept no local label.
   */
  keptLocal?: Record<string, string>;
}
