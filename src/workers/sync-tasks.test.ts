// @vitest-environment node
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../tests/support/database';
import { startCouchServer } from '../../tests/support/couch-server';
import type { ConcordDatabase } from '../db/database';
import { importThreads } from '../db/repos/import-threads';
import { saveRating, undoRating } from '../db/repos/ratings';
import { addReviewer } from '../db/repos/reviewers';
import { createSample } from '../db/repos/samples';
import { readSyncStatus } from '../db/repos/sync-state';
import { asSampleId, asThreadId, type ReviewerId, type StudyId } from '../domain/ids';
import type { SyncMessage, SyncRequest, SyncResults } from './sync-protocol';
import { setOutboxAdapterForTests } from './sync-pouch';
import { createSyncEngine } from './sync-tasks';

// pouchdb-browser reads `self` as it loads, as in a worker; Node has only globalThis.
vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const NOW = '2026-03-01T00:00:00.000Z';
const sampleId = asSampleId('sample-1');
const THREADS = ['t1', 't2', 't3', 't4'].map(asThreadId);

let couch: Awaited<ReturnType<typeof startCouchServer>>;
beforeAll(async () => {
  setOutboxAdapterForTests(createRequire(import.meta.url)('pouchdb-adapter-memory'), 'memory');
  couch = await startCouchServer();
});
afterAll(() => couch?.close());

type Engine = ReturnType<typeof createSyncEngine> & {
  call: <T extends SyncRequest>(r: T) => Promise<SyncResults[T['type']]>;
};

function engineOf(
  db: ConcordDatabase,
  holdStudy = async (_: StudyId): Promise<() => void> =>
    () =>
      undefined,
): Engine {
  let nextId = 0;
  const waiting = new Map<number, (m: SyncMessage) => void>();
  const engine = createSyncEngine({
    db,
    origin: null,
    holdStudy,
    post: (m) => {
      if (m.type === 'result' || m.type === 'error') waiting.get(m.id)?.(m);
    },
  });
  const call = <T extends SyncRequest>(request: T) =>
    new Promise<SyncResults[T['type']]>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (m) =>
        m.type === 'result'
          ? resolve(m.result as SyncResults[T['type']])
          : m.type === 'error' && reject(new Error(m.error.message)),
      );
      void engine.handle(id, request);
    });
  return { ...engine, call };
}

async function leadStudy(db: ConcordDatabase) {
  const study = await createPilotStudy(db);
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 'threads.csv',
    now: NOW,
    threads: THREADS.map((threadId) => ({
      threadId,
      turns: [`prompt ${threadId}`],
      userId: 'u',
      department: 'Radiology',
      role: 'Nurse',
      createdAt: null,
      llmLabel: 'Coding',
      sourceRow: 2,
    })),
  });
  const reviewers = await Promise.all(
    ['Ana Arias', 'Ben Boateng'].map((name) =>
      addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role: 'reviewer', now: NOW }),
    ),
  );
  const ids = reviewers.map((r) => r!.reviewerId) as [ReviewerId, ReviewerId];
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: THREADS,
    reviewerIds: ids,
    codebookVersion: 1,
    manifest: {},
  });
  return { study, ids };
}

/** The sample on the test server, with the server admin's password, as the lead's "Provision on the server" does. */
const provision = (lead: Engine, studyId: StudyId) =>
  lead.call({
    type: 'provision',
    studyId,
    sampleId,
    serverUrl: couch.url,
    admin: couch.admin,
    includeMetadata: false,
    instructions: '',
    dueDate: null,
    now: NOW,
  });

/** A reviewer's rating of a thread in the workspace their packet opened. */
const ratingIn = (opened: SyncResults['open-from-server'], threadId: string, label: string, at: string) => ({
  ...opened,
  threadId: asThreadId(threadId),
  label,
  codebookVersion: 1,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 1000,
  updatedAt: at,
});

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - start > ms) throw new Error(`until: still ${JSON.stringify(value)} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("a reviewer opens their packet from the server; their labels, changes and undos reach the lead's study", async () => {
  const leadDb = freshDatabase();
  const { study, ids } = await leadStudy(leadDb);
  const lead = engineOf(leadDb);
  const { reviewers } = await provision(lead, study.id);
  await lead.call({ type: 'follow', studyId: study.id });
  expect(reviewers.map((r) => r.password.length)).toEqual([24, 24]);
  expect((await readSyncStatus(leadDb, study.id))?.databases).toHaveLength(2);

  const ana = reviewers.find((r) => r.reviewerId === ids[0])!;
  const reviewerDb = freshDatabase();
  const reviewer = engineOf(reviewerDb);
  const opened = await reviewer.call({ type: 'open-from-server', ...ana, now: NOW });
  await reviewer.call({ type: 'follow', studyId: opened.studyId });
  expect(await reviewerDb.threads.count()).toBe(4);
  const rating = (threadId: string, label: string, at: string) => ratingIn(opened, threadId, label, at);
  await saveRating(reviewerDb, rating('t1', 'Coding', '2026-03-02T10:00:00.000Z'));
  await saveRating(reviewerDb, rating('t2', 'Brainstorming', '2026-03-02T10:01:00.000Z'));
  const anaRatings = () => leadDb.ratings.filter((r) => r.reviewerId === ids[0]).toArray();
  await until(anaRatings, (r) => r.length === 2);

  await saveRating(reviewerDb, rating('t1', 'Text Manipulation', '2026-03-02T10:02:00.000Z'));
  await undoRating(
    reviewerDb,
    { ...rating('t2', 'Brainstorming', ''), threadId: asThreadId('t2') },
    { saved: { label: 'Brainstorming', otherSuggestion: null, codebookVersion: 1 }, previous: null },
    '2026-03-02T10:03:00.000Z',
  );
  const after = await until(anaRatings, (r) => r.length === 1 && r[0]!.label === 'Text Manipulation');
  expect(after.map((r) => [r.threadId, r.label])).toEqual([['t1', 'Text Manipulation']]);
  const status = await until(
    () => readSyncStatus(reviewerDb, opened.studyId),
    (s) => s?.databases[0]?.waiting === 0,
  );
  expect(status?.databases[0]).toMatchObject({ reachable: true, problem: null });
  expect(await leadDb.ratings.filter((r) => r.reviewerId === ids[1]).count()).toBe(0);
  lead.stop();
  reviewer.stop();
}, 120_000);

test('wrong credentials and a wrong passphrase are refused in words, and nothing is stored', async () => {
  const leadDb = freshDatabase();
  const { study } = await leadStudy(leadDb);
  const lead = engineOf(leadDb);
  const { reviewers } = await provision(lead, study.id);
  lead.stop();
  const [ana, ben] = reviewers as [(typeof reviewers)[0], (typeof reviewers)[0]];
  const reviewerDb = freshDatabase();
  const reviewer = engineOf(reviewerDb);
  await expect(reviewer.call({ type: 'open-from-server', ...ana, password: 'wrong', now: NOW })).rejects.toThrow(
    /refused this user name and password/,
  );
  await expect(
    reviewer.call({ type: 'open-from-server', ...ben, username: ana.username, password: ana.password, now: NOW }),
  ).rejects.toThrow(/could not be read: the server/);
  await expect(
    reviewer.call({ type: 'open-from-server', ...ana, passphrase: 'not the passphrase at all', now: NOW }),
  ).rejects.toThrow(/passphrase is wrong/);
  expect(await reviewerDb.studies.count()).toBe(0);
  reviewer.stop();
}, 120_000);

test('only the study the page follows replicates, holding its lock while followed: left, nothing arrives; followed again, it catches up', async () => {
  const leadDb = freshDatabase();
  const { study, ids } = await leadStudy(leadDb);
  const locks: string[] = [];
  const lead = engineOf(leadDb, async (studyId) => {
    locks.push(`hold ${studyId}`);
    return () => void locks.push(`release ${studyId}`);
  });
  const { reviewers } = await provision(lead, study.id);
  const reviewerDb = freshDatabase();
  const reviewer = engineOf(reviewerDb);
  const opened = await reviewer.call({
    type: 'open-from-server',
    ...reviewers.find((r) => r.reviewerId === ids[0])!,
    now: NOW,
  });
  await reviewer.call({ type: 'follow', studyId: opened.studyId });
  await lead.call({ type: 'follow', studyId: study.id });
  expect(locks).toEqual([`hold ${study.id}`]);
  const rating = (threadId: string) => ratingIn(opened, threadId, 'Coding', '2026-03-02T10:00:00.000Z');
  const received = () => leadDb.ratings.count();
  await saveRating(reviewerDb, rating('t1'));
  await until(received, (n) => n === 1);

  await lead.call({ type: 'follow', studyId: null });
  expect(locks).toEqual([`hold ${study.id}`, `release ${study.id}`]);
  await saveRating(reviewerDb, rating('t2'));
  // The reviewer's outbox sends it (nothing waits), but the lead, no longer following, reads nothing.
  await until(
    () => readSyncStatus(reviewerDb, opened.studyId),
    (s) => s?.databases[0]?.waiting === 0 && s.databases[0].lastSyncAt !== null,
  );
  await new Promise((r) => setTimeout(r, 2500));
  expect(await received()).toBe(1);

  await lead.call({ type: 'follow', studyId: study.id });
  await until(received, (n) => n === 2);
  lead.stop();
  reviewer.stop();
}, 120_000);
