import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { readSyncStatus } from '../db/repos/sync-state';
import { asStudyId, type SampleId, type StudyId } from '../domain/ids';
import type { ProvisionedReviewer, ProvisionInput, ServerPacketAccess } from '../workers/sync-protocol';
import { coalescedInvalidations } from './coalesced-invalidations';
import { db } from './database';
import { packetQueries } from './packet-queries';
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

/** One refetch of the sync status per this while the worker's reports stream in. */
export const SYNC_REFETCH_WINDOW_MS = 500;

/**
 * Keeps the open study replicating (null: none open): the page's one owner of replication. For a
 * study that syncs it has the sync worker follow it (PouchDB loads only then), and refetches the
 * status (and the received counts, after a merge) at most once per SYNC_REFETCH_WINDOW_MS while
 * the worker reports changes; leaving the
 * study (or deleting it) stops its replication. Returns why replication could not start, if so.
 *
 * The ratings the worker merged are not refetched here: its writes reach this page as Dexie's
 * table changes, and cross-tab-sync.ts refetches ratings, agreement and decisions from those.
 * Invalidating them here too started each of those reads twice per merge.
 */
export function useLiveReplication(studyId: StudyId | null): Error | null {
  const client = useQueryClient();
  const status = useQuery({ ...syncQueries.status(studyId ?? asStudyId('')), enabled: studyId !== null });
  const syncs = studyId !== null && status.data != null;
  const [failed, setFailed] = useState<{ studyId: StudyId; error: Error } | null>(null);
  useEffect(() => {
    if (!syncs) return undefined;
    runSyncRequest({ type: 'follow', studyId }).catch((error: Error) => setFailed({ studyId, error }));
    const refetch = coalescedInvalidations(client, SYNC_REFETCH_WINDOW_MS);
    const stopListening = onSyncChanged((change) => {
      if (change.studyId !== studyId) return;
      refetch.invalidate(syncQueries.all(), ...(change.ratings ? [packetQueries.all()] : []));
    });
    return () => {
      stopListening();
      refetch.stop();
      void runSyncRequest({ type: 'follow', studyId: null });
    };
  }, [client, studyId, syncs]);
  return status.error ?? (failed?.studyId === studyId ? failed.error : null);
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
