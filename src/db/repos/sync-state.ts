import { liveQuery } from 'dexie';
import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { AuditEvent } from '../../domain/audit-event';
import type { Rating } from '../../domain/rating';
import type { StudyId } from '../../domain/ids';
import type { LabelsFile } from '../../domain/packets/labels-file';
import type { LabelsImportResult } from '../../domain/packets/labels-merge';
import type { StoredSyncStream, StreamEvent, SyncAccount, SyncDatabase, SyncStream } from '../sync-records';
import { mergeLabelsFile } from './merge-labels-file';

export type { StreamEvent, SyncAccount, SyncDatabase, SyncStream } from '../sync-records';

export const newSyncStream = (studyId: StudyId, database: string): SyncStream => ({
  studyId,
  database,
  lastSyncAt: null,
  reachable: null,
  waiting: 0,
  problem: null,
  nextSeq: 1,
  sent: {},
  auditSeq: 0,
  since: '0',
  eventsJson: '[]',
  eventCount: 0,
});

/** A stored stream in the current shape: the first version's event objects become their JSON text. */
function currentStream(stored: StoredSyncStream): SyncStream {
  if (!('payloads' in stored)) return stored;
  const { payloads, ...rest } = stored;
  return { ...rest, eventsJson: JSON.stringify(payloads), eventCount: payloads.length };
}

/** The label events a stream has read so far (the lead's inbox folds them with the new ones). */
export const streamEvents = (stream: SyncStream): StreamEvent[] => JSON.parse(stream.eventsJson) as StreamEvent[];

/** Stores a study's account, adding its databases to those it already had. */
export async function saveSyncAccount(db: ConcordDatabase, account: SyncAccount): Promise<void> {
  await db.transaction('rw', [db.syncAccounts], async () => {
    const known = await db.syncAccounts.get(account.studyId);
    const kept = (known?.databases ?? []).filter((d) => !account.databases.some((n) => n.database === d.database));
    await db.syncAccounts.put({ ...account, databases: [...kept, ...account.databases] });
  });
}

export const listSyncAccounts = (db: ConcordDatabase): Promise<SyncAccount[]> => db.syncAccounts.toArray();

export async function getSyncAccount(db: ConcordDatabase, studyId: StudyId): Promise<SyncAccount | null> {
  return (await db.syncAccounts.get(studyId)) ?? null;
}

export async function readSyncStream(db: ConcordDatabase, studyId: StudyId, database: string): Promise<SyncStream> {
  const stored = await db.syncStreams.get([studyId, database]);
  return stored ? currentStream(stored) : newSyncStream(studyId, database);
}

type StreamPatch = Partial<Omit<SyncStream, 'studyId' | 'database'>>;

/** Changes some fields of a stream's record (made if absent) in one transaction; a function patch sees the stored record. */
export async function updateSyncStream(
  db: ConcordDatabase,
  studyId: StudyId,
  database: string,
  patch: StreamPatch | ((stream: SyncStream) => StreamPatch),
): Promise<SyncStream> {
  return db.transaction('rw', [db.syncStreams], async () => {
    const stream = await readSyncStream(db, studyId, database);
    const next = { ...stream, ...(typeof patch === 'function' ? patch(stream) : patch) };
    await db.syncStreams.put(next);
    return next;
  });
}

const streamsOf = (db: ConcordDatabase, studyId: StudyId) =>
  db.syncStreams.where('[studyId+database]').between([studyId, ''], [studyId, '\uffff']);

/**
 * Removes a study's account (the lead's or reviewer's password) and every stream record; runs
 * inside the caller's transaction when there is one (`deleteStudy`), so a study never goes
 * without them or leaves them behind.
 */
export async function deleteSyncState(db: ConcordDatabase, studyId: StudyId): Promise<void> {
  await db.transaction('rw', [db.syncAccounts, db.syncStreams], async () => {
    await db.syncAccounts.delete(studyId);
    await streamsOf(db, studyId).delete();
  });
}

export async function listSyncStreams(db: ConcordDatabase, studyId: StudyId): Promise<SyncStream[]> {
  return (await streamsOf(db, studyId).toArray()).map(currentStream);
}

/** A workspace's ratings and its audit events after `auditSeq`: what its next label events carry. */
export async function readOutboxSources(
  db: ConcordDatabase,
  studyId: StudyId,
  auditSeq: number,
): Promise<{ ratings: Rating[]; events: AuditEvent[] }> {
  return db.transaction('r', [db.ratings, db.auditEvents], async () => {
    const [lo, hi] = studyRange(studyId);
    const [ratings, events] = await Promise.all([
      db.ratings.where(':id').between(lo, hi, true, true).toArray(),
      db.auditEvents.where('studyId').equals(studyId).sortBy('seq'),
    ]);
    return { ratings, events: events.filter((e) => (e.seq ?? 0) > auditSeq) };
  });
}

/** Calls back whenever a study's ratings change (in this worker, a page or another tab); returns the way to stop. */
export function watchRatings(db: ConcordDatabase, studyId: StudyId, onChange: () => void): () => void {
  const [lo, hi] = studyRange(studyId);
  const subscription = liveQuery(() => db.ratings.where(':id').between(lo, hi, true, true).toArray()).subscribe({
    next: onChange,
    error: onChange,
  });
  return () => subscription.unsubscribe();
}

export interface SyncedLabels {
  studyId: StudyId;
  database: string;
  since: string;
  payloads: StreamEvent[];
  /** The reviewer's label events folded into one labels file (`foldLabelEvents`). */
  file: LabelsFile;
  fileSha256: string;
  importedAt: string;
}

/**
 * Takes a database's new label events in ONE transaction: the stream's checkpoint and events,
 * and the folded labels file through `mergeLabelsFile`, exactly as a file would be (so a
 * replicated label reaches the lead by the same verified path). Should the merge refuse, the
 * events are still kept, with the reason, so the next event folds them again.
 */
export async function mergeSyncedLabels(db: ConcordDatabase, synced: SyncedLabels): Promise<LabelsImportResult> {
  const tables = [
    db.syncStreams,
    db.sentPackets,
    db.samples,
    db.reviewers,
    db.codebooks,
    db.ratings,
    db.labelsReceipts,
    db.auditEvents,
  ];
  return db.transaction('rw', tables, async () => {
    const result = await mergeLabelsFile(db, {
      studyId: synced.studyId,
      file: synced.file,
      fileName: `server database ${synced.database}`,
      fileSha256: synced.fileSha256,
      importedAt: synced.importedAt,
    });
    const problem =
      result.status === 'refused'
        ? (result.reason ?? 'refused')
        : result.status === 'conflicts'
          ? `${result.conflicts.length} labels contradict labels made in this browser; import a labels file to resolve them`
          : null;
    const stream = await readSyncStream(db, synced.studyId, synced.database);
    await db.syncStreams.put({
      ...stream,
      since: synced.since,
      eventsJson: JSON.stringify(synced.payloads),
      eventCount: synced.payloads.length,
      lastSyncAt: synced.importedAt,
      reachable: true,
      problem,
    });
    return result;
  });
}

/** What the page shows of a study's replication: never the password, never the events. */
export interface SyncStatus {
  role: SyncAccount['role'];
  serverUrl: string;
  username: string;
  databases: (SyncDatabase &
    Pick<SyncStream, 'lastSyncAt' | 'reachable' | 'waiting' | 'problem'> & { events: number })[];
}

/** A study's replication as the page shows it, or null when the study does not sync. */
export async function readSyncStatus(db: ConcordDatabase, studyId: StudyId): Promise<SyncStatus | null> {
  return db.transaction('r', [db.syncAccounts, db.syncStreams], async () => {
    const account = await getSyncAccount(db, studyId);
    if (!account) return null;
    const streams = new Map((await listSyncStreams(db, studyId)).map((s) => [s.database, s]));
    return {
      role: account.role,
      serverUrl: account.serverUrl,
      username: account.username,
      databases: account.databases.map((d) => {
        const s = streams.get(d.database) ?? newSyncStream(studyId, d.database);
        const { lastSyncAt, reachable, waiting, problem } = s;
        return { ...d, lastSyncAt, reachable, waiting, problem, events: s.eventCount };
      }),
    };
  });
}
