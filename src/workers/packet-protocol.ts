import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import type { LabelConflictResolution, LabelsImportResult } from '../domain/packets/labels-merge';
import type { SentPacket } from '../domain/packets/packet-records';
import type { ErrorData } from './backup-protocol';

/** What the crypto worker is given: every packet task reads, encrypts and writes off the page. */
export type PacketRequest =
  | {
      type: 'make-packet';
      studyId: StudyId;
      sampleId: SampleId;
      reviewerId: ReviewerId;
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
  /**
   * The same bytes as a file to download, made in the worker: a Blob crosses to the page as a
   * handle, while `new Blob([bytes])` on the page copied 13.5 MB in a task of 80–200 ms.
   */
  blob: Blob;
  passphrase: string;
}

export interface PacketResults {
  'make-packet': { packet: MadePacket; sent: SentPacket };
  'open-packet': { studyId: StudyId; sampleId: SampleId; reviewerId: ReviewerId };
  'labels-file': { fileName: string; bytes: Uint8Array };
  'import-labels': LabelsImportResult[];
}

export type PacketResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: PacketResults[PacketRequest['type']] }
  | { type: 'error'; error: ErrorData };

/**
 * The encrypted files of a response, moved to the page rather than copied: structured-cloning a
 * 13.5 MB packet cost the page a task of over 100 ms (bench/packets-bench.ts).
 */
export function transferablesOf(response: PacketResponse): ArrayBuffer[] {
  if (response.type !== 'done') return [];
  const result = response.result as Partial<PacketResults['make-packet'] & PacketResults['labels-file']>;
  const bytes = result.packet?.bytes ?? result.bytes;
  return bytes ? [bytes.buffer as ArrayBuffer] : [];
}
