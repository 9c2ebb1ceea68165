import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { ConcordDatabase } from './database';

test('a version 1 database opens as version 2 with its ratings kept and an empty table of pending annotations', async () => {
  const name = `concord-upgrade-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({ ratings: '[studyId+sampleId+reviewerId+threadId]' });
  await v1.table('ratings').add({ studyId: 's', sampleId: 'p', reviewerId: 'r', threadId: 't', label: 'Coding' });
  v1.close();

  const db = new ConcordDatabase(name);
  expect(await db.ratings.toArray()).toMatchObject([{ label: 'Coding' }]);
  expect(await db.pendingAnnotations.count()).toBe(0);
  expect(db.verno).toBe(2);
  await db.delete();
});
