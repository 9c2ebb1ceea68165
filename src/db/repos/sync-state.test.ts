import { afterEach, expect, test } from 'vitest';
import { freshDatabase } from '../../../tests/support/database';
import type { ConcordDatabase } from '../database';
import {
  ana,
  anaRating,
  codebook,
  packetSha,
  reviewers,
  sample,
  sentPacket,
  study,
  studyId,
} from '../../domain/packets/packet-fixture';
import type { LabelsFileRating } from '../../domain/packets/labels-file';
import { asStudyId } from '../../domain/ids';
import { foldLabelEvents } from '../../domain/sync/fold-label-events';
import type { LabelEventPayload } from '../../domain/sync/sync-docs';
import { readStudyBackup } from './backup';
import { deleteStudy } from './studies';
import {
  mergeSyncedLabels,
  readSyncStatus,
  readSyncStream,
  newSyncStream,
  saveSyncAccount,
  streamEvents,
  updateSyncStream,
  type SyncedLabels,
} from './sync-state';

let db: ConcordDatabase;
afterEach(() => db?.delete());

async function leadStudy() {
  db = freshDatabase();
  await db.studies.add(study);
  await Promise.all([
    db.samples.add(sample),
    db.codebooks.add(codebook),
    db.reviewers.bulkAdd(reviewers),
    db.sentPackets.add(sentPacket),
  ]);
}

const account = (database: string, password = 'a-generated-password-of-24') => ({
  studyId,
  role: 'lead' as const,
  serverUrl: 'https://concord.example.org/couchdb',
  username: 'concord-lead-study-1',
  password,
  databases: [{ database, sampleId: sample.sampleId, reviewerId: ana, packetId: sentPacket.packetId }],
});

const event = (seq: number, thread: string, label: string | null): { seq: number; payload: LabelEventPayload } => {
  const { studyId: _s, sampleId: _p, reviewerId: _r, ...rating } = anaRating(thread, label ?? 'Coding', seq);
  return {
    seq,
    payload: {
      createdAt: `2026-01-05T12:${String(seq).padStart(2, '0')}:00.000Z`,
      packetId: sentPacket.packetId,
      packetSha256: packetSha,
      threadId: thread,
      rating: label === null ? null : (rating satisfies LabelsFileRating),
      events: [],
    },
  };
};

const synced = (payloads: SyncedLabels['payloads'], since: string): SyncedLabels => ({
  studyId,
  database: 'db-ana',
  since,
  payloads,
  file: foldLabelEvents(payloads, {
    studyId,
    sampleId: sample.sampleId,
    reviewerId: ana,
    packetId: sentPacket.packetId,
    packetSha256: packetSha,
  }),
  fileSha256: since.padStart(64, '0'),
  importedAt: '2026-01-06T00:00:00.000Z',
});

test('an account keeps every database it was given, and its status never carries the password', async () => {
  await leadStudy();
  await saveSyncAccount(db, account('db-ana'));
  await saveSyncAccount(db, {
    ...account('db-ben'),
    databases: [{ ...account('db-ben').databases[0]!, database: 'db-ben' }],
  });
  const status = await readSyncStatus(db, studyId);
  expect(status?.databases.map((d) => d.database)).toEqual(['db-ana', 'db-ben']);
  expect(JSON.stringify(status)).not.toContain('a-generated-password');
  expect(await readSyncStatus(db, asStudyId('another-study'))).toBeNull();
});

test('no backup of the study carries its sync account', async () => {
  await leadStudy();
  await saveSyncAccount(db, account('db-ana'));
  const backup = await readStudyBackup(db, studyId, '2026-01-07T00:00:00.000Z');
  expect(JSON.stringify(backup)).not.toContain('a-generated-password');
  expect(JSON.stringify(backup)).not.toContain('concord-lead-study-1');
});

test('label events merge as one labels file with their checkpoint; the same events again change nothing', async () => {
  await leadStudy();
  const first = await mergeSyncedLabels(
    db,
    synced([event(1, 't1', 'Coding'), event(2, 't2', 'Brainstorming')], '2-abc'),
  );
  expect(first).toMatchObject({ status: 'merged', added: 2 });
  expect((await db.ratings.toArray()).map((r) => [r.threadId, r.label])).toEqual([
    ['t1', 'Coding'],
    ['t2', 'Brainstorming'],
  ]);
  expect(await readSyncStream(db, studyId, 'db-ana')).toMatchObject({ since: '2-abc', reachable: true, problem: null });

  const later = [event(1, 't1', 'Coding'), event(2, 't2', 'Brainstorming'), event(3, 't2', null)];
  expect(await mergeSyncedLabels(db, synced(later, '3-def'))).toMatchObject({ status: 'merged', removed: 1 });
  expect((await db.ratings.toArray()).map((r) => r.threadId)).toEqual(['t1']);
  expect(await mergeSyncedLabels(db, synced(later, '3-def'))).toMatchObject({ status: 'unchanged' });
  const stream = await readSyncStream(db, studyId, 'db-ana');
  expect(stream.eventCount).toBe(3);
  expect(streamEvents(stream)).toEqual(later);
});

test('events the study refuses keep their checkpoint and say why, and store no rating', async () => {
  await leadStudy();
  const bad = synced([event(1, 't3', 'Coding')], '1-abc');
  const result = await mergeSyncedLabels(db, bad);
  expect(result.status).toBe('refused');
  expect(await db.ratings.count()).toBe(0);
  expect((await readSyncStream(db, studyId, 'db-ana')).problem).toMatch(/t3/);
});

test("deleting a lead's study or a reviewer workspace removes its sync account (the password) and streams, no other study's", async () => {
  await leadStudy();
  const workspaceId = asStudyId('workspace-1');
  await db.studies.add({ ...study, id: workspaceId, name: 'A packet' });
  await saveSyncAccount(db, account('db-ana'));
  await saveSyncAccount(db, {
    ...account('db-ws', 'the-reviewers-own-password'),
    studyId: workspaceId,
    role: 'reviewer',
  });
  await updateSyncStream(db, studyId, 'db-ana', { since: '7-abc' });
  await updateSyncStream(db, workspaceId, 'db-ws', { waiting: 3 });

  await deleteStudy(db, workspaceId);
  expect(await db.syncAccounts.toArray()).toMatchObject([{ studyId }]);
  expect(await db.syncStreams.toArray()).toMatchObject([{ studyId, database: 'db-ana' }]);

  await deleteStudy(db, studyId);
  expect(await db.syncAccounts.count()).toBe(0);
  expect(await db.syncStreams.count()).toBe(0);
});

test('a stream stored with its events as objects (the first version) reads as their JSON text, and its status counts them', async () => {
  await leadStudy();
  await saveSyncAccount(db, account('db-ana'));
  const { eventsJson: _json, eventCount: _count, ...old } = newSyncStream(studyId, 'db-ana');
  const events = [event(1, 't1', 'Coding'), event(2, 't2', null)];
  await db.syncStreams.put({ ...old, since: '2-abc', payloads: events });
  const stream = await readSyncStream(db, studyId, 'db-ana');
  expect(stream).not.toHaveProperty('payloads');
  expect(streamEvents(stream)).toEqual(events);
  expect((await readSyncStatus(db, studyId))?.databases[0]).toMatchObject({ database: 'db-ana', events: 2 });
  await updateSyncStream(db, studyId, 'db-ana', { lastSyncAt: '2026-01-06T00:00:00.000Z' });
  expect(await db.syncStreams.get([studyId, 'db-ana'])).toMatchObject({ eventCount: 2, since: '2-abc' });
  expect(await db.syncStreams.get([studyId, 'db-ana'])).not.toHaveProperty('payloads');
});
