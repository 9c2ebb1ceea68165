import { queryOptions, useMutation } from '@tanstack/react-query';
import { listReceivedLabels, listSentPackets, recordSentPackets } from '../db/repos/packets';
import { getSample } from '../db/repos/samples';
import type { SampleId, StudyId } from '../domain/ids';
import type { LabelConflictResolution, LabelsImportResult } from '../domain/packets/labels-merge';
import type { SentPacket } from '../domain/packets/packet-records';
import { mapLimited } from '../lib/map-limited';
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
  /**
   * Per reviewer of the sample: labels received of their share, and when their last labels file was
   * made. Read again whenever a page shows it (labels written on the labeling page count), and after
   * the sync worker's merges (useLiveReplication): keys only, so it is cheap.
   */
  received: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...packetQueries.all(), 'received', { studyId, sampleId }],
      refetchOnMount: 'always',
      queryFn: () => listReceivedLabels(db(), studyId, sampleId),
    }),
  /** The packets sent for the sample (packetId, reviewerId, sentAt, sha256…), oldest first. */
  sent: (studyId: StudyId, sampleId: SampleId) =>
    queryOptions({
      queryKey: [...packetQueries.all(), 'sent', { studyId, sampleId }],
      queryFn: () => listSentPackets(db(), studyId, sampleId),
    }),
};

/**
 * One packet per reviewer, each made in a worker of its own, as many at once as the machine has
 * cores (each holds megabytes of its packet); recorded, in one transaction, only once all are made.
 */
async function sendPackets(
  studyId: StudyId,
  sampleId: SampleId,
  input: SendPacketsInput,
): Promise<{ packets: MadePacket[] }> {
  const now = new Date().toISOString();
  const sample = await getSample(db(), studyId, sampleId);
  if (!sample) throw new Error('This sample no longer exists, so no packet was made.');
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const made = await mapLimited(sample.reviewerIds, Math.min(cores, 4), (reviewerId) =>
    runPacketRequest({ type: 'make-packet', studyId, sampleId, reviewerId, ...input, now }),
  );
  await recordSentPackets(
    db(),
    made.map((m) => m.sent),
  );
  return { packets: made.map((m) => m.packet) };
}

/** One encrypted packet per reviewer of the sample, each with its own passphrase (shown once). */
export function useSendPackets(studyId: StudyId, sampleId: SampleId) {
  return useMutation<{ packets: MadePacket[] }, Error, SendPacketsInput>({
    // The study may have just got its age key pair.
    meta: { invalidates: [packetQueries.all(), studyQueries.all()] },
    mutationFn: (input) => sendPackets(studyId, sampleId, input),
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
