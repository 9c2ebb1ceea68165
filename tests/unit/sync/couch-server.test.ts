// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewerDesignDoc, reviewerSecurity } from '../../../src/domain/sync/reviewer-design-doc';
import { startCouchServer, type CouchServer } from '../../support/couch-server';

// The test server must enforce what CouchDB 3.x enforces, or the sync tests prove nothing:
// _security (members read, admins configure) and validate_doc_update, on every write path.

type User = { username: string; password: string } | null;
let couch: CouchServer;
const lead = { username: 'lead', password: 'lead-password' };
const ana = { username: 'ana-user', password: 'ana-password' };
const ben = { username: 'ben-user', password: 'ben-password' };

async function call(user: User, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (user) headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  const response = await fetch(`${couch.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : { text };
  return { status: response.status, body: parsed as Record<string, unknown> & Record<number, Record<string, unknown>> };
}
const admin = () => couch.admin;
const event = (id: string, threadId: string, extra: object = {}) => ({
  _id: id,
  type: 'concord-label-event',
  reviewerId: 'ana',
  threadId,
  seq: Number(id.split('-')[2]),
  payload: 'YWdl',
  ...extra,
});

beforeAll(async () => {
  couch = await startCouchServer();
  for (const user of [lead, ana, ben]) {
    expect(
      (
        await call(admin(), 'PUT', `/_users/org.couchdb.user:${user.username}`, {
          name: user.username,
          password: user.password,
          roles: [],
          type: 'user',
        })
      ).status,
    ).toBe(201);
  }
  for (const [db, reviewer, reviewerId] of [
    ['db-ana', ana, 'ana'],
    ['db-ben', ben, 'ben'],
  ] as const) {
    expect((await call(admin(), 'PUT', `/${db}`)).status).toBe(201);
    expect(
      (
        await call(
          admin(),
          'PUT',
          `/${db}/_security`,
          reviewerSecurity({ leadUser: lead.username, reviewerUser: reviewer.username }),
        )
      ).status,
    ).toBe(200);
    const design = reviewerDesignDoc({ reviewerId, reviewerUser: reviewer.username, threadIds: ['t1', 't2'] });
    expect((await call(admin(), 'PUT', `/${db}/${design._id}`, design)).status).toBe(201);
    expect(
      (
        await call(admin(), 'PUT', `/${db}/packet`, {
          type: 'concord-packet',
          packetId: `p-${reviewerId}`,
          sha256: 'a'.repeat(64),
          age: 'YWdl',
        })
      ).status,
    ).toBe(201);
  }
});

afterAll(() => couch.close());

describe('the test server enforces _security', () => {
  it("refuses reviewer Ben, a wrong password and anyone anonymous Ana's database", async () => {
    expect([401, 403]).toContain((await call(ben, 'GET', '/db-ana/packet')).status);
    expect([401, 403]).toContain((await call(ben, 'GET', '/db-ana/_all_docs')).status);
    expect([401, 403]).toContain((await call(ben, 'GET', '/db-ana/_changes')).status);
    for (const [method, path, body] of [
      ['GET', '/db-ana'],
      ['GET', '/db-ana/_design/concord'],
      ['GET', '/db-ana/packet?revs=true&open_revs=all'],
      ['POST', '/db-ana/_all_docs?include_docs=true', { keys: ['packet'] }],
      ['POST', '/db-ana/_changes?include_docs=true', {}],
      ['GET', '/db-ana/packet/age'],
      ['GET', '/db-ana/_security'],
    ] as const) {
      expect([401, 403], `${method} ${path}`).toContain((await call(ben, method, path, body)).status);
    }
    expect([401, 403]).toContain((await call({ ...ana, password: 'wrong' }, 'GET', '/db-ana/packet')).status);
    expect([401, 403]).toContain((await call(null, 'GET', '/db-ana/packet')).status);
  });

  it('lets Ana read her own database, and refuses her its _security and design documents', async () => {
    expect((await call(ana, 'GET', '/db-ana/packet')).body).toMatchObject({ packetId: 'p-ana' });
    expect([401, 403]).toContain(
      (await call(ana, 'PUT', '/db-ana/_security', { members: { names: [ana.username, ben.username] } })).status,
    );
    expect([401, 403]).toContain(
      (await call(ana, 'PUT', '/db-ana/_design/mine', { validate_doc_update: 'function () {}' })).status,
    );
    expect((await call(ana, 'DELETE', '/db-ana')).status).toBe(401);
    expect((await call(ana, 'PUT', '/db-new')).status).toBe(401);
    expect((await call(ana, 'GET', '/db-ana/packet')).status).toBe(200);
  });

  it("lets the lead, a database admin, read every reviewer's database", async () => {
    for (const db of ['db-ana', 'db-ben']) {
      const all = await call(lead, 'GET', `/${db}/_all_docs`);
      expect(all.status).toBe(200);
      expect(all.body.total_rows).toBe(2);
    }
  });
});

describe('the test server runs validate_doc_update on every write path', () => {
  it('accepts a label event of Ana for a thread of her packet', async () => {
    expect(
      (await call(ana, 'PUT', '/db-ana/ev-ana-0000000001-0badf00d', event('ev-ana-0000000001-0badf00d', 't1'))).status,
    ).toBe(201);
  });

  it('refuses an event for a thread outside the packet: PUT, POST, _bulk_docs, and as replication writes it', async () => {
    const outside = event('ev-ana-0000000002-0badf00d', 't9');
    const put = await call(ana, 'PUT', `/db-ana/${outside._id}`, outside);
    expect(put).toMatchObject({
      status: 403,
      body: { error: 'forbidden', reason: "This thread is not in the reviewer's packet." },
    });
    expect((await call(ana, 'POST', '/db-ana', outside)).status).toBe(403);
    const bulk = await call(ana, 'POST', '/db-ana/_bulk_docs', { docs: [outside] });
    expect(bulk.body[0]).toMatchObject({ error: 'forbidden' });
    const replicated = await call(ana, 'POST', '/db-ana/_bulk_docs', {
      new_edits: false,
      docs: [{ ...outside, _rev: '1-0123456789abcdef0123456789abcdef' }],
    });
    expect(replicated.body[0]).toMatchObject({ error: 'forbidden' });
    expect((await call(lead, 'GET', `/db-ana/${outside._id}`)).status).toBe(404);
  });

  it('refuses Ana an update or a deletion of her event, and any write of the packet', async () => {
    const id = 'ev-ana-0000000003-0badf00d';
    const rev = (await call(ana, 'PUT', `/db-ana/${id}`, event(id, 't2'))).body.rev as string;
    expect((await call(ana, 'PUT', `/db-ana/${id}`, { ...event(id, 't1'), _rev: rev })).status).toBe(403);
    expect((await call(ana, 'DELETE', `/db-ana/${id}?rev=${rev}`)).status).toBe(403);
    expect(
      (await call(ana, 'POST', '/db-ana/_bulk_docs', { docs: [{ _id: id, _rev: rev, _deleted: true }] })).body[0],
    ).toMatchObject({ error: 'forbidden' });
    const packet = (await call(ana, 'GET', '/db-ana/packet')).body;
    expect((await call(ana, 'PUT', '/db-ana/packet', { ...packet, packetId: 'forged' })).status).toBe(403);
    expect(
      (
        await call(ana, 'PUT', '/db-ana/ev-ana-0000000004-0badf00d', {
          ...event('ev-ana-0000000004-0badf00d', 't1'),
          reviewerId: 'ben',
        })
      ).status,
    ).toBe(403);
  });

  it('lets the lead, not a server admin, update the packet through _bulk_docs (the validation function knows a database admin)', async () => {
    const packet = (await call(lead, 'GET', '/db-ben/packet')).body;
    const [result] = (await call(lead, 'POST', '/db-ben/_bulk_docs', { docs: [{ ...packet, packetId: 'p-ben-2' }] }))
      .body as unknown as [object];
    expect(result).toMatchObject({ ok: true });
    expect((await call(ben, 'GET', '/db-ben/packet')).body.packetId).toBe('p-ben-2');
  });
});

describe('the test server answers what PouchDB replication asks', () => {
  it('lets Ana keep checkpoints (_local), diff revisions, bulk-get and follow _changes; refuses Ben all of it', async () => {
    const id = 'ev-ana-0000000001-0badf00d';
    const rev = (await call(ana, 'GET', `/db-ana/${id}`)).body._rev as string;
    expect((await call(ana, 'PUT', '/db-ana/_local/checkpoint', { last_seq: 1 })).status).toBe(201);
    expect(
      (await call(ana, 'POST', '/db-ana/_revs_diff', { [id]: [rev, '1-ffffffffffffffffffffffffffffffff'] })).body,
    ).toEqual({
      [id]: { missing: ['1-ffffffffffffffffffffffffffffffff'] },
    });
    const bulkGet = await call(ana, 'POST', '/db-ana/_bulk_get?revs=true', { docs: [{ id, rev }] });
    expect(JSON.stringify(bulkGet.body)).toContain('"threadId":"t1"');
    const changes = await call(ana, 'GET', '/db-ana/_changes?style=all_docs&feed=longpoll&since=0&timeout=1000');
    expect((changes.body.results as unknown as { id: string }[]).map((c) => c.id)).toContain(id);
    expect([401, 403]).toContain((await call(ben, 'PUT', '/db-ana/_local/checkpoint-ben', { last_seq: 1 })).status);
    expect([401, 403]).toContain((await call(ben, 'POST', '/db-ana/_revs_diff', { [id]: [rev] })).status);
    expect([401, 403]).toContain((await call(ben, 'POST', '/db-ana/_bulk_get', { docs: [{ id }] })).status);
    expect([401, 403]).toContain((await call(null, 'POST', '/db-ana/_bulk_get', { docs: [{ id }] })).status);
  });

  it("refuses Ben Ana's documents through _find and an index, which express-pouchdb would open to anyone", async () => {
    expect([401, 403]).toContain(
      (await call(ben, 'POST', '/db-ana/_find', { selector: { type: 'concord-label-event' } })).status,
    );
    expect([401, 403]).toContain((await call(null, 'POST', '/db-ana/_find', { selector: {} })).status);
    expect([401, 403]).toContain((await call(ana, 'POST', '/db-ana/_index', { index: { fields: ['seq'] } })).status);
    expect((await call(ana, 'POST', '/db-ana/_find', { selector: { threadId: 't1' } })).body.docs).toHaveLength(1);
  });
});

describe('the test server as a server that fails', () => {
  it('stops (refusing connections), restarts on the same port, and keeps its data', async () => {
    await couch.stop();
    await expect(fetch(`${couch.url}/db-ana/packet`)).rejects.toThrow();
    await couch.restart();
    expect((await call(ana, 'GET', '/db-ana/ev-ana-0000000001-0badf00d')).body).toMatchObject({ threadId: 't1' });
  });
});
