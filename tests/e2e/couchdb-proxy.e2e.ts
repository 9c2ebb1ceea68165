import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { asReviewerId, asSampleId, asStudyId } from '../../src/domain/ids';
import { leadUserName, reviewerDatabaseName, reviewerUserName } from '../../src/domain/sync/couch-names';
import { provisionSample } from '../../src/sync/couch-admin';
import { basicAuthorization, databaseUrl } from '../../src/sync/couch-http';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { waitForStudies } from './support/app';
import { launchBrowser, type Browser } from './support/browser';
import { startPreviewServer } from './support/server';

// CouchDB on the app's origin (docs/sync.md): the preview server proxies /couchdb/ to the test
// server, the page reaches it under its CSP (connect-src 'self'), and the service worker never
// answers a /couchdb/ navigation with the app.

const studyId = asStudyId('3f2b8c1e-7a4d-4e0b-9c55-1d2e3f4a5b6c');
const sampleId = asSampleId('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d');
const ana = asReviewerId('ana');
const reviewer = { username: reviewerUserName(studyId, sampleId, ana), password: 'ana-password-of-twenty-chars' };
const database = reviewerDatabaseName(studyId, sampleId, ana);

describe('CouchDB behind the app’s origin', () => {
  let couch: CouchServer;
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;

  before(async () => {
    couch = await startCouchServer();
    server = await startPreviewServer({ couchdbUrl: couch.url });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await couch?.close();
  });

  test('provisioning and a reviewer’s reads go through /couchdb/, credentials and all', async () => {
    const serverUrl = `${server.url}/couchdb`;
    await provisionSample({
      serverUrl,
      admin: couch.admin,
      studyId,
      sampleId,
      lead: { username: leadUserName(studyId), password: 'lead-password-of-twenty-chars' },
      reviewers: [
        {
          reviewerId: ana,
          ...reviewer,
          threadIds: ['t1'],
          packetDoc: {
            _id: 'packet',
            type: 'concord-packet',
            packetId: 'packet-ana',
            sha256: 'a'.repeat(64),
            age: 'YWdl',
          },
        },
      ],
    });
    const packetUrl = `${databaseUrl(serverUrl, database)}/packet`;
    const read = await fetch(packetUrl, { headers: { Authorization: basicAuthorization(reviewer) } });
    assert.equal(read.status, 200);
    assert.equal(((await read.json()) as { packetId: string }).packetId, 'packet-ana');
    assert.equal((await fetch(packetUrl)).status, 401);
  });

  test('the page reaches /couchdb/ under its CSP, and the service worker never answers a /couchdb/ navigation', async () => {
    await page.goto(server.url);
    await waitForStudies(page);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await waitForStudies(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);

    const authorization = basicAuthorization(reviewer);
    const fromPage = await page.evaluate(
      async ({ db, authorization }) => {
        const response = await fetch(`/couchdb/${encodeURIComponent(db)}/packet`, {
          headers: { Authorization: authorization },
        });
        return { status: response.status, body: (await response.json()) as { packetId?: string } };
      },
      { db: database, authorization },
    );
    assert.deepEqual([fromPage.status, fromPage.body.packetId], [200, 'packet-ana']);

    const navigation = await page.goto(`${server.url}/couchdb/`);
    assert.equal(navigation?.fromServiceWorker(), false);
    assert.match(await page.locator('body').innerText(), /"express-pouchdb":"Welcome!"/);
  });
});
