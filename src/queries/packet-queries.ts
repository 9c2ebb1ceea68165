import { queryOptions, useMutation } from '@tanstack/react-query';
import { listReceivedLabels, listSentPackets } from '../db/repos/packets';
import type { SampleId, StudyId } from '../domain/ids';
import type { LabelConflictResolution, LabelsImportResult } from '../domain/packets/labels-merge';
import type { SentPacket } from '../domain/packets/packet-records';
import type { MadePacket, PacketResults } from '../workers/packet-protocol';
import { agreementQueries } from './agreement-queries';
import { runPacketRequest } from './crypto-channel';
import { db } from './database';
import { decisionQueries } from './decision-queries';
import { ratingQueries } from './rating-queries';
import { sampleQueries } from './sample-queries';
import { studyQueries } from './study-queries';

export type { LabelsImportResult } from '../domain/packets/labels-merge';
export type { ReceivedLabels } from '../db/repos/packets';
export type SentPacketFile = MadePacket;
export type SentPacketRow = SentPacket;
export type OpenedWorkspace = PacketResults['open-packet'];
export type LabelsFileOut = PacketResults['labels-file'];

export interface SendPacketsInput {
  includeMetadata: boolean;
  instructions: string;
  dueDate: string | null;
}
export interface OpenPacketInput {
  file: File;
  passphrase: string;
  onProgress?: (fraction: number) => void;
}
export interface ImportLabelsInput {
  files: File[];
  resolutions?: LabelConflictResolution[];
}

export const packetQueries = {
  all: () => ['packets'] as const,
  /** Per reviewer of the sample: labels received of their share, and when their last labels file was made. */
  received: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...packetQueries.all(), 'received', { studyId, sampleId }],
      queryFn: () => listReceivedLabels(db(), studyId, sampleId),
    }),
  /** The packets sent for the sample (packetId, reviewerId, sentAt, sha256…), oldest first. */
  sent: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...packetQueries.all(), 'sent', { studyId, sampleId }],
      queryFn: () => listSentPackets(db(), studyId, sampleId),
    }),
};

/** One encrypted packet per reviewer of the sample, each with its own passphrase (shown once). */
export function useSendPackets(studyId: StudyId, sampleId: SampleId) {
  return useMutation<{ packets: MadePacket[] }, Error, SendPacketsInput>({
    // The study may have just got its age key pair.
    meta: { invalidates: [packetQueries.all(), studyQueries.all()] },
    mutationFn: (input) =>
      runPacketRequest({ type: 'send-packets', studyId, sampleId, ...input, now: new Date().toISOString() }),
  });
}

/** Opens a packet into its reviewer workspace (the same packet twice: the same workspace). */
export function useOpenPacket() {
  return useMutation({
    meta: { invalidates: [studyQueries.all()] },
    mutationFn: ({ file, passphrase, onProgress }: OpenPacketInput) =>
      runPacketRequest(
        { type: 'open-packet', file, fileName: file.name, passphrase, now: new Date().toISOString() },
        onProgress,
      ),
  });
}

/** The workspace's labels file so far, encrypted to the lead study's key: reads only, so invalidates nothing. */
export function useSendLabelsBack(workspaceStudyId: StudyId) {
  return useMutation({
    mutationFn: () => runPacketRequest({ type: 'labels-file', workspaceStudyId, now: new Date().toISOString() }),
  });
}

/** Verifies and merges each labels file on its own (one transaction each); a result per file. */
export function useImportLabelsFiles(studyId: StudyId) {
  return useMutation<LabelsImportResult[], Error, ImportLabelsInput>({
    // Ratings feed the queues, agreement and decisions; receipts feed `received`.
    meta: {
      invalidates: [
        packetQueries.all(),
        ratingQueries.all(),
        agreementQueries.all(),
        decisionQueries.all(),
        sampleQueries.all(),
      ],
    },
    mutationFn: ({ files, resolutions }) =>
      runPacketRequest({
        type: 'import-labels',
        studyId,
        files: files.map((f) => ({ name: f.name, blob: f })),
        resolutions: resolutions ?? [],
        now: new Date().toISOString(),
      }),
  });
}
