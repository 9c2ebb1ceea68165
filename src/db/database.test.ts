import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { ConcordDatabase } from './database';

test('a version 1 database opens as the current version with its ratings kept and an empty table of pending annotations', async () => {
  const name = `concord-upgrade-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({ ratings: '[studyId+sampleId+reviewerId+threadId]' });
  await v1.table('ratings').add({ studyId: 's', sampleId: 'p', reviewerId: 'r', threadId: 't', label: 'Coding' });
  v1.close();

  const db = new ConcordDatabase(name);
  expect(await db.ratings.toArray()).toMatchObject([{ label: 'Coding' }]);
  expect(await db.pendingAnnotations.count()).toBe(0);
  expect(db.verno).toBe(5);
  await db.delete();
});

test('a version 2 database opens as the current version with its records kept and empty tables of sent packets and labels receipts', async () => {
  const name = `concord-upgrade-${crypto.randomUUID()}`;
  const v2 = new Dexie(name);
  v2.version(2).stores({ studies: 'id', pendingAnnotations: '[studyId+sampleId+reviewerId+threadId]' });
  await v2.table('studies').add({ id: 's', name: 'Pilot' });
  await v2
    .table('pendingAnnotations')
    .add({ studyId: 's', sampleId: 'p', reviewerId: 'r', threadId: 't', note: 'n', flagged: false });
  v2.close();

  const db = new ConcordDatabase(name);
  expect(await db.studies.toArray()).toMatchObject([{ name: 'Pilot' }]);
  expect(await db.pendingAnnotations.count()).toBe(1);
  expect([await db.sentPackets.count(), await db.labelsReceipts.count()]).toEqual([0, 0]);
  expect(db.verno).toBe(5);
  await db.delete();
});

test('a version 3 database opens as version 5 with its records kept and empty tables of example candidates and picks', async () => {
  const name = `concord-upgrade-${crypto.randomUUID()}`;
  const v3 = new Dexie(name);
  v3.version(3).stores({ studies: 'id', sentPackets: '[studyId+packetId]' });
  await v3.table('studies').add({ id: 's', name: 'Pilot' });
  await v3.table('sentPackets').add({ studyId: 's', packetId: 'k1' });
  v3.close();

  const db = new ConcordDatabase(name);
  expect(await db.studies.toArray()).toMatchObject([{ name: 'Pilot' }]);
  expect(await db.sentPackets.count()).toBe(1);
  expect([await db.exampleCandidates.count(), await db.examplePicks.count()]).toEqual([0, 0]);
  expect(db.verno).toBe(5);
  await db.delete();
});

test('a version 3 database opens as version 5 with its packets kept and empty tables of sync accounts and streams', async () => {
  const name = `concord-upgrade-${crypto.randomUUID()}`;
  const v3 = new Dexie(name);
  v3.version(3).stores({ studies: 'id', sentPackets: '[studyId+packetId]' });
  await v3.table('sentPackets').add({ studyId: 's', packetId: 'p', sha256: 'x' });
  v3.close();

  const db = new ConcordDatabase(name);
  expect(await db.sentPackets.toArray()).toMatchObject([{ packetId: 'p' }]);
  expect([await db.syncAccounts.count(), await db.syncStreams.count()]).toEqual([0, 0]);
  expect(db.verno).toBe(5);
  await db.delete();
});
