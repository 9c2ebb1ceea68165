import {
  mergeSyncedLabels,
  readSyncStream,
  streamEvents,
  updateSyncStream,
  type StreamEvent,
  type SyncAccount,
  type SyncDatabase,
} from '../db/repos/sync-state';
import { PacketFileError } from '../domain/packets/packet-file-error';
import { foldLabelEvents } from '../domain/sync/fold-label-events';
import { labelEventDocSchema, labelEventProblems, type LabelEventDoc } from '../domain/sync/sync-docs';
import { sha256Hex } from './age-files';
import { openPayload } from './sync-codec';
import type { StreamHost } from './sync-outbox';
import { isUnreachable, pouchProblem, remoteDatabase, type Database } from './sync-pouch';

const BATCH = 500;
const PAUSE_MS = 1000;
// Browsers open about six connections per origin: a few databases at a time leave the page its own.
const AT_ONCE = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The lead's inbox: round after round, each reviewer database's new label events are read from
 * the server (its changes since the last checkpoint), decrypted with the study's identity and
 * checked, then folded with every earlier event into one labels file that `mergeSyncedLabels`
 * merges through `mergeLabelsFile` (with the checkpoint, in one transaction). Polled, not one
 * live feed per database: fifty reviewers would hold fifty of the browser's connections.
 */
export function startInbox(host: StreamHost, account: SyncAccount): () => void {
  let stopped = false;
  const remotes = new Map<string, Database<LabelEventDoc>>();
  const remoteOf = (entry: SyncDatabase) => {
    const known = remotes.get(entry.database);
    if (known) return known;
    const made = remoteDatabase<LabelEventDoc>(`${account.serverUrl}/${encodeURIComponent(entry.database)}`, account);
    remotes.set(entry.database, made);
    return made;
  };

  const pullAll = async (entry: SyncDatabase) => {
    try {
      while (!stopped && (await pull(host, account, entry, remoteOf(entry)))) host.changed(account.studyId, true);
    } catch (error) {
      const problem = error instanceof PacketFileError ? error.message : pouchProblem(error);
      await updateSyncStream(host.db, account.studyId, entry.database, { reachable: !isUnreachable(error), problem });
    }
    host.changed(account.studyId, false);
  };

  void (async () => {
    while (!stopped) {
      for (let i = 0; i < account.databases.length && !stopped; i += AT_ONCE) {
        await Promise.all(account.databases.slice(i, i + AT_ONCE).map(pullAll));
      }
      await sleep(PAUSE_MS);
    }
  })();
  return () => {
    stopped = true;
  };
}

/** One batch of a database's changes; true when more may follow at once. */
async function pull(host: StreamHost, account: SyncAccount, entry: SyncDatabase, remote: Database<LabelEventDoc>) {
  const { db } = host;
  const { studyId } = account;
  const [stream, study, packet] = await Promise.all([
    readSyncStream(db, studyId, entry.database),
    db.studies.get(studyId),
    db.sentPackets.get([studyId, entry.packetId]),
  ]);
  if (!study?.ageKeys || !packet) throw new Error(`pull: study ${studyId} has no packet ${entry.packetId}`);
  const changes = await remote.changes({ since: stream.since, include_docs: true, limit: BATCH });
  const since = String(changes.last_seq);
  const fresh: StreamEvent[] = [];
  const refused: string[] = [];
  for (const { doc } of changes.results) {
    const event = labelEventDocSchema.safeParse(doc);
    // The packet and design documents are no label events; a deleted document has no body.
    if (!event.success || doc?.type !== 'concord-label-event') continue;
    try {
      const payload = await openPayload(event.data, study.ageKeys.identity);
      const problems = labelEventProblems(event.data, payload, { ...entry, packetSha256: packet.sha256 });
      if (problems.length === 0) fresh.push({ seq: event.data.seq, payload });
      else refused.push(problems[0]!);
    } catch (error) {
      if (!(error instanceof PacketFileError)) throw error;
      refused.push(error.message);
    }
  }
  const now = host.now();
  if (fresh.length === 0) {
    const problem = refused.length ? `${refused.length} label events refused: ${refused[0]}` : null;
    await updateSyncStream(db, studyId, entry.database, { since, lastSyncAt: now, reachable: true, problem });
    return changes.results.length === BATCH;
  }
  const payloads = [...streamEvents(stream), ...fresh];
  const file = foldLabelEvents(payloads, {
    studyId,
    sampleId: entry.sampleId,
    reviewerId: entry.reviewerId,
    packetId: entry.packetId,
    packetSha256: packet.sha256,
  });
  const fileSha256 = await sha256Hex(new TextEncoder().encode(JSON.stringify(file)));
  await mergeSyncedLabels(db, {
    studyId,
    database: entry.database,
    since,
    payloads,
    file,
    fileSha256,
    importedAt: now,
  });
  return true;
}
