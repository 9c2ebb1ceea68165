import type { ConcordDatabase } from '../db/database';
import {
  readOutboxSources,
  readSyncStream,
  updateSyncStream,
  watchRatings,
  type SyncAccount,
} from '../db/repos/sync-state';
import { toLabelsFileRating } from '../domain/packets/labels-file';
import { labelChangesToSend } from '../domain/sync/outbox-diff';
import { labelEventId, type LabelEventDoc } from '../domain/sync/sync-docs';
import { sealPayload } from './sync-codec';
import { isUnreachable, outboxDatabase, pouchProblem, remoteDatabase } from './sync-pouch';

export interface StreamHost {
  db: ConcordDatabase;
  /** Tells the page a study's sync state (and, with `ratings`, its labels) changed. */
  changed: (studyId: SyncAccount['studyId'], ratings: boolean) => void;
  now: () => string;
}

const nonce = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');

// A lost server retries after 1, 2, 4 s, never more than 5 s apart, so a reconnect shows quickly.
const backOff = (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 5000));

/**
 * A reviewer workspace's replication: every change of a label (new, changed, undone, a note,
 * flag or suggestion) becomes one append-only label event, encrypted to the study's key, in this
 * browser's outbox database; a live, retrying replication copies the outbox to the reviewer's
 * database on the server, so labels made offline go once the server is back. The event is in the
 * outbox before the change is marked sent: a crash in between sends it twice, never loses it (the
 * lead's fold keeps the highest seq per thread, so a repeat changes nothing).
 */
export async function startOutbox(host: StreamHost, account: SyncAccount): Promise<() => void> {
  const { db } = host;
  const [target] = account.databases;
  const workspace = (await db.studies.get(account.studyId))?.workspace;
  if (!target || !workspace) throw new Error(`startOutbox: ${account.studyId} is not a synced reviewer workspace`);
  const { studyId } = account;
  const { database, reviewerId } = target;
  const outbox = outboxDatabase<LabelEventDoc>(database);
  const remote = remoteDatabase<LabelEventDoc>(`${account.serverUrl}/${encodeURIComponent(database)}`, account);
  const status = async (patch: Parameters<typeof updateSyncStream>[3]) => {
    await updateSyncStream(db, studyId, database, patch);
    host.changed(studyId, false);
  };

  const sendChanges = async () => {
    const stream = await readSyncStream(db, studyId, database);
    const { ratings, events } = await readOutboxSources(db, studyId, stream.auditSeq);
    const changes = labelChangesToSend(new Map(Object.entries(stream.sent)), ratings);
    if (changes.length === 0) return;
    // The seqs are taken before the events exist, so a crash never hands one seq to two events.
    const first = (await updateSyncStream(db, studyId, database, (s) => ({ nextSeq: s.nextSeq + changes.length })))
      .nextSeq;
    const createdAt = host.now();
    const docs = await Promise.all(
      changes.map(async (change, i): Promise<LabelEventDoc> => {
        const seq = first - changes.length + i;
        const payload = {
          createdAt,
          packetId: workspace.packetId,
          packetSha256: workspace.packetSha256,
          threadId: change.threadId,
          rating: change.rating ? toLabelsFileRating(change.rating) : null,
          events:
            i === 0
              ? events.map(({ at, action, subject, from, to, why }) => ({ at, action, subject, from, to, why }))
              : [],
        };
        return {
          _id: labelEventId(reviewerId, seq, nonce()),
          type: 'concord-label-event',
          reviewerId,
          threadId: change.threadId,
          seq,
          payload: await sealPayload(payload, workspace.recipient),
        };
      }),
    );
    await outbox.bulkDocs(docs);
    await status((s) => {
      const sent = { ...s.sent };
      for (const change of changes) {
        if (change.rating) sent[change.threadId] = change.fingerprint;
        else delete sent[change.threadId];
      }
      const auditSeq = events.reduce((n, e) => Math.max(n, e.seq ?? 0), s.auditSeq);
      return { sent, auditSeq, waiting: s.waiting + docs.length };
    });
  };

  let queue = Promise.resolve();
  const stopWatching = watchRatings(db, studyId, () => {
    queue = queue
      .then(sendChanges)
      .catch((error: unknown) => status({ problem: `labels were not queued: ${String(error)}` }));
  });
  const replication = outbox.replicate
    .to(remote, { live: true, retry: true, back_off_function: backOff })
    .on(
      'change',
      (info) => void status((s) => ({ waiting: Math.max(0, s.waiting - info.docs.length), reachable: true })),
    )
    .on('paused', (error) => {
      const at = host.now();
      void status(
        error
          ? { reachable: !isUnreachable(error), problem: pouchProblem(error) }
          : { waiting: 0, reachable: true, problem: null, lastSyncAt: at },
      );
    })
    .on('active', () => void status({ reachable: true }))
    .on('denied', (error) => void status({ problem: `a label event was refused: ${pouchProblem(error)}` }))
    .on('error', (error) => void status({ reachable: !isUnreachable(error), problem: pouchProblem(error) }));
  return () => {
    stopWatching();
    replication.cancel();
    void outbox.close();
  };
}
