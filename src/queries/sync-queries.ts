import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { readSyncStatus } from '../db/repos/sync-state';
import type { SampleId, StudyId } from '../domain/ids';
import type { ProvisionedReviewer, ProvisionInput, ServerPacketAccess } from '../workers/sync-protocol';
import { agreementQueries } from './agreement-queries';
import { db } from './database';
import { decisionQueries } from './decision-queries';
import { packetQueries } from './packet-queries';
import { ratingQueries } from './rating-queries';
import { studyQueries } from './study-queries';
import { onSyncChanged, runSyncRequest } from './sync-channel';

export type { SyncStatus } from '../db/repos/sync-state';
export type { ProvisionedReviewer, ServerPacketAccess } from '../workers/sync-protocol';

export const syncQueries = {
  all: () => ['sync'] as const,
  /** A study's replication (role, server, per database: last sync, reachable, events waiting or read), or null. */
  status: (studyId: StudyId) =>
    queryOptions({
      queryKey: [...syncQueries.all(), 'status', { studyId }],
      queryFn: () => readSyncStatus(db(), studyId),
    }),
};

/**
 * A study's replication status, kept current: starts the sync worker's replications (once per
 * page) and refetches the status, and the labels the worker merged, whenever it reports a change.
 */
export function useSyncStatus(studyId: StudyId) {
  const client = useQueryClient();
  const status = useQuery(syncQueries.status(studyId));
  const syncs = status.data != null;
  useEffect(() => {
    if (!syncs) return undefined;
    void runSyncRequest({ type: 'start' });
    return onSyncChanged((change) => {
      if (change.studyId !== studyId) return;
      const keys = [
        syncQueries.all(),
        ...(change.ratings
          ? [packetQueries.all(), ratingQueries.all(), agreementQueries.all(), decisionQueries.all()]
          : []),
      ];
      keys.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
    });
  }, [client, studyId, syncs]);
  return status;
}

/** A reviewer opens their packet from the server: the same workspace as a packet file, then replicated. */
export function useOpenFromServer() {
  return useMutation({
    meta: { invalidates: [studyQueries.all(), syncQueries.all()] },
    mutationFn: (access: ServerPacketAccess) =>
      runSyncRequest({ type: 'open-from-server', ...access, now: new Date().toISOString() }),
  });
}

export type ProvisionSampleInput = Omit<ProvisionInput, 'studyId' | 'sampleId'> & {
  onProgress?: (fraction: number) => void;
};

/** Makes the sample's packets and puts them on the server, one database and user per reviewer (shown once). */
export function useProvisionSample(studyId: StudyId, sampleId: SampleId) {
  return useMutation<{ reviewers: ProvisionedReviewer[] }, Error, ProvisionSampleInput>({
    // The study may have just got its age key pair; the packets are recorded as sent.
    meta: { invalidates: [packetQueries.all(), studyQueries.all(), syncQueries.all()] },
    mutationFn: ({ onProgress, ...input }) =>
      runSyncRequest({ type: 'provision', studyId, sampleId, ...input, now: new Date().toISOString() }, onProgress),
  });
}
