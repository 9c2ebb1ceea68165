import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import type { LabelConflictResolution, LabelsImportResult } from '../domain/packets/labels-merge';
import type { ErrorData } from './backup-protocol';

/** What the crypto worker is given: every packet task reads, encrypts and writes off the page. */
export type PacketRequest =
  | {
      type: 'send-packets';
      studyId: StudyId;
      sampleId: SampleId;
      includeMetadata: boolean;
      instructions: string;
      dueDate: string | null;
      now: string;
    }
  | { type: 'open-packet'; file: Blob; fileName: string; passphrase: string; now: string }
  | { type: 'labels-file'; workspaceStudyId: StudyId; now: string }
  | {
      type: 'import-labels';
      studyId: StudyId;
      files: { name: string; blob: Blob }[];
      resolutions: LabelConflictResolution[];
      now: string;
    };

export interface MadePacket {
  reviewerId: ReviewerId;
  reviewerName: string;
  fileName: string;
  bytes: Uint8Array;
  passphrase: string;
}

export interface PacketResults {
  'send-packets': { packets: MadePacket[] };
  'open-packet': { studyId: StudyId; sampleId: SampleId; reviewerId: ReviewerId };
  'labels-file': { fileName: string; bytes: Uint8Array };
  'import-labels': LabelsImportResult[];
}

export type PacketResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: PacketResults[PacketRequest['type']] }
  | { type: 'error'; error: ErrorData };
