// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../tests/support/couch-server';
import { asReviewerId, asSampleId, asStudyId, type ReviewerId } from '../domain/ids';
import { leadUserName, reviewerDatabaseName, reviewerUserName } from '../domain/sync/couch-names';
import { labelEventId, type PacketDoc } from '../domain/sync/sync-docs';
import { CouchRequestError, provisionSample, type ProvisionInput } from './couch-admin';
import { couchRequest, databaseUrl, type CouchCredentials } from './couch-http';

const studyId = asStudyId('3f2b8c1e-7a4d-4e0b-9c55-1d2e3f4a5b6c');
const sampleId = asSampleId('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d');
const [ana, ben] = ['ana', 'ben'].map(asReviewerId) as [ReviewerId, ReviewerId];
const password = (who: string) => `${who}-password-of-twenty-chars`;
const packetDoc = (packetId: string): PacketDoc => ({
  _id: 'packet',
  type: 'concord-packet',
  packetId,
  sha256: 'a'.repeat(64),
  age: 'YWdl',
});

let couch: CouchServer;
let input: ProvisionInput;
const lead = () => input.lead;
const reviewer = (id: ReviewerId) => ({ username: reviewerUserName(studyId, sampleId, id), password: password(id) });
const dbPath = (id: ReviewerId) => `/${reviewerDatabaseName(studyId, sampleId, id)}`;

/** Status and body of a request as `user`, whatever the status. */
const as = (user: CouchCredentials, path: string, method: 'GET' | 'PUT' | 'POST' | 'DELETE' = 'GET', body?: unknown) =>
  couchRequest(couch.url, path, {
    method,
    credentials: user,
    body,
    accept: [400, 401, 403, 404, 409],
    doing: 'Testing',
  });
const anaEvent = (seq: number, threadId: string) => ({
  _id: labelEventId('ana', seq, '0badf00d'),
  type: 'concord-label-event',
  reviewerId: 'ana',
  threadId,
  seq,
  payload: 'YWdl',
});

beforeAll(async () => {
  couch = await startCouchServer();
  input = {
    serverUrl: `${couch.url}/`,
    admin: couch.admin,
    studyId,
    sampleId,
    lead: { username: leadUserName(studyId), password: password('lead') },
    reviewers: [
      { reviewerId: ana, ...reviewer(ana), threadIds: ['t1', 't2', 't4'], packetDoc: packetDoc('packet-ana') },
      { reviewerId: ben, ...reviewer(ben), threadIds: ['t1', 't3'], packetDoc: packetDoc('packet-ben') },
    ],
  };
  await provisionSample(input);
});

afterAll(() => couch.close());

describe('provisionSample', () => {
  it("gives each reviewer their database with their packet, and the lead every reviewer's", async () => {
    expect((await as(reviewer(ana), `${dbPath(ana)}/packet`)).body).toMatchObject({ packetId: 'packet-ana' });
    expect((await as(reviewer(ben), `${dbPath(ben)}/packet`)).body).toMatchObject({ packetId: 'packet-ben' });
    for (const id of [ana, ben]) {
      const all = await as(lead(), `${dbPath(id)}/_all_docs`);
      expect(all.status).toBe(200);
      expect((all.body.rows as { id: string }[]).map((r) => r.id)).toEqual(['_design/concord', 'packet']);
    }
    expect(databaseUrl(input.serverUrl, reviewerDatabaseName(studyId, sampleId, ana))).toBe(
      `${couch.url}${dbPath(ana)}`,
    );
  });

  it("refuses reviewer Ana Ben's database", async () => {
    for (const path of [`${dbPath(ben)}/packet`, `${dbPath(ben)}/_all_docs`, `${dbPath(ben)}/_changes`]) {
      expect([401, 403]).toContain((await as(reviewer(ana), path)).status);
    }
    expect([401, 403]).toContain(
      (await as(reviewer(ana), `${dbPath(ben)}/${labelEventId('ben', 1, '0badf00d')}`, 'PUT', anaEvent(1, 't1')))
        .status,
    );
  });

  it('accepts a label event of Ana for a thread of her packet and refuses one outside it', async () => {
    expect((await as(reviewer(ana), `${dbPath(ana)}/${anaEvent(1, 't1')._id}`, 'PUT', anaEvent(1, 't1'))).status).toBe(
      201,
    );
    // t3 is in Ben's packet, not Ana's.
    const outside = await as(reviewer(ana), `${dbPath(ana)}/${anaEvent(2, 't3')._id}`, 'PUT', anaEvent(2, 't3'));
    expect(outside).toMatchObject({ status: 403, body: { reason: "This thread is not in the reviewer's packet." } });
  });

  it('refuses Ana an update or a deletion of an event, and a write of the packet doc', async () => {
    const event = anaEvent(3, 't2');
    const { body } = await as(reviewer(ana), `${dbPath(ana)}/${event._id}`, 'PUT', event);
    const rev = body.rev as string;
    expect(
      (await as(reviewer(ana), `${dbPath(ana)}/${event._id}`, 'PUT', { ...event, _rev: rev, threadId: 't4' })).status,
    ).toBe(403);
    expect((await as(reviewer(ana), `${dbPath(ana)}/${event._id}?rev=${rev}`, 'DELETE')).status).toBe(403);
    const packet = (await as(reviewer(ana), `${dbPath(ana)}/packet`)).body;
    expect((await as(reviewer(ana), `${dbPath(ana)}/packet`, 'PUT', { ...packet, packetId: 'forged' })).status).toBe(
      403,
    );
  });

  it('runs twice without changing anything, and updates a changed packet and thread list with their _rev', async () => {
    const before = (await as(lead(), `${dbPath(ana)}/packet`)).body._rev;
    await provisionSample(input);
    expect((await as(lead(), `${dbPath(ana)}/packet`)).body._rev).toBe(before);

    const [first, second] = input.reviewers as [
      ProvisionInput['reviewers'][number],
      ProvisionInput['reviewers'][number],
    ];
    await provisionSample({
      ...input,
      reviewers: [{ ...first, threadIds: ['t1', 't2', 't4', 't5'], packetDoc: packetDoc('packet-ana-2') }, second],
    });
    expect((await as(reviewer(ana), `${dbPath(ana)}/packet`)).body).toMatchObject({ packetId: 'packet-ana-2' });
    expect((await as(reviewer(ana), `${dbPath(ana)}/${anaEvent(4, 't5')._id}`, 'PUT', anaEvent(4, 't5'))).status).toBe(
      201,
    );
    expect((await as(reviewer(ana), `${dbPath(ana)}/${anaEvent(1, 't1')._id}`)).status).toBe(200);
  });

  it('says in words when the admin password is wrong or the server does not answer', async () => {
    const wrong = await provisionSample({ ...input, admin: { ...couch.admin, password: 'not the password' } }).catch(
      (e: unknown) => e,
    );
    expect(wrong).toBeInstanceOf(CouchRequestError);
    expect(wrong).toMatchObject({
      status: 401,
      message: 'Preparing the server’s user list: the server did not accept the user name or password.',
    });

    await couch.stop();
    const down = await provisionSample(input).catch((e: unknown) => e);
    await couch.restart();
    expect(down).toMatchObject({
      status: 0,
      message: expect.stringMatching(/^Preparing the server’s user list: the server did not answer\./),
    });
    expect((down as Error).message).not.toMatch(/provision|couchRequest|fetch/i);
  });

  it('refuses a short password before asking the server anything', async () => {
    await expect(provisionSample({ ...input, lead: { ...input.lead, password: 'short' } })).rejects.toThrow(
      'A sync password must have at least 20 characters.',
    );
  });
});
