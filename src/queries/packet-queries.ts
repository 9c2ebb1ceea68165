import { queryOptions, useMutation } from '@tanstack/react-query';
import type { ReviewerId, SampleId, StudyId } from '../domain/ids';
import type { LabelConflict, LabelConflictResolution } from '../domain/packets/labels-merge';

export interface SendPacketsInput { includeMetadata: boolean; instructions: string; dueDate: string | null }
export interface SentPacketFile { reviewerId: ReviewerId; reviewerName: string; fileName: string; bytes: Uint8Array; passphrase: string }
export interface OpenPacketInput { file: File; passphrase: string; onProgress?: (fraction: number) => void }
export interface OpenedWorkspace { studyId: StudyId; sampleId: SampleId; reviewerId: ReviewerId }
export interface LabelsFileOut { fileName: string; bytes: Uint8Array }
export interface ImportLabelsInput { files: File[]; resolutions?: LabelConflictResolution[] }
export interface LabelsImportResult {
  fileName: string;
  status: 'merged' | 'unchanged' | 'older' | 'refused' | 'conflicts';
  reviewerName?: string;
  sampleName?: string;
  added: number;
  changed: number;
  reason?: string;
  conflicts: LabelConflict[];
}
export interface ReceivedLabels { reviewerId: ReviewerId; received: number; total: number; lastFileAt: string | null }
export interface SentPacketRow { packetId: string; reviewerId: ReviewerId; sentAt: string; sha256: string }

const notYet = (what: string) => (): never => { throw new Error(`${what}: not yet`); };

export const packetQueries = {
  all: () => ['packets'] as const,
  received: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({ queryKey: [...packetQueries.all(), 'received', { studyId, sampleId }], queryFn: async (): Promise<ReceivedLabels[]> => notYet('received')() }),
  sent: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({ queryKey: [...packetQueries.all(), 'sent', { studyId, sampleId }], queryFn: async (): Promise<SentPacketRow[]> => notYet('sent')() }),
};

export function useSendPackets(studyId: StudyId, sampleId: SampleId) {
  void studyId; void sampleId;
  return useMutation<{ packets: SentPacketFile[] }, Error, SendPacketsInput>({ mutationFn: async () => notYet('useSendPackets')() });
}

export function useOpenPacket() {
  return useMutation<OpenedWorkspace, Error, OpenPacketInput>({ mutationFn: async () => notYet('useOpenPacket')() });
}

export function useSendLabelsBack(workspaceStudyId: StudyId) {
  void workspaceStudyId;
  return useMutation<LabelsFileOut, Error, void>({ mutationFn: async () => notYet('useSendLabelsBack')() });
}

export function useImportLabelsFiles(studyId: StudyId) {
  void studyId;
  return useMutation<LabelsImportResult[], Error, ImportLabelsInput>({ mutationFn: async () => notYet('useImportLabelsFiles')() });
}
