import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startCouchServer } from '../support/couch-server';
import { addReviewers, waitForStudies } from './support/app';
import { launchBrowser, type Browser } from './support/browser';
import { downloadsOf, labelThreads } from './support/packets';
import { startPreviewServer } from './support/server';

const SIZE = 24;
const REVIEWERS = [
  ['Dr Ada Reyes', 'AR', '1'],
  ['Dr Ben Okafor', 'BO', '2'],
  ['Dr Chen Li', 'CL', '3'],
] as const;
type Name = (typeof REVIEWERS)[number][0];
interface Access {
  databaseUrl: string;
  username: string;
  password: string;
  passphrase: string;
}

const basic = (a: Access) => `Basic ${Buffer.from(`${a.username}:${a.password}`).toString('base64')}`;

describe('several sites: three reviewers replicate their labels to the lead through a CouchDB server', () => {
  let couch: Awaited<ReturnType<typeof startCouchServer>>;
  let app: Awaited<ReturnType<typeof startPreviewServer>>;
  const browsers: Browser[] = [];
  const errors: string[] = [];
  let lead: Page;
  const reviewers = new Map<Name, Page>();
  const access = new Map<Name, Access>();

  before(async () => {
    couch = await startCouchServer();
    app = await startPreviewServer({ couchdbUrl: couch.url });
    lead = await newPage();
  });
  after(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await app?.close();
    await couch?.close();
  });

  async function newPage(): Promise<Page> {
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await waitForStudies(page);
    return page;
  }

  /** The lead's "labels received N of 24" of one reviewer, as the samples page shows it. */
  const received = async (name: Name) => {
    const line = await lead
      .getByRole('list', { name: 'Reviewer packets of Sample 1' })
      .getByRole('listitem')
      .filter({ hasText: name })
      .innerText();
    return Number(/labels received (\d+) of/.exec(line)?.[1] ?? NaN);
  };
  const waitReceived = async (name: Name, count: number, timeout: number) => {
    const start = Date.now();
    while ((await received(name)) !== count) {
      if (Date.now() - start > timeout)
        throw new Error(`${name}: ${await received(name)} labels received, not ${count}`);
      await lead.waitForTimeout(100);
    }
    return Date.now() - start;
  };

  test("the lead provisions the sample with the server administrator's password: one database, user and password per reviewer, shown once", async () => {
    await lead.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await addReviewers(
      lead,
      REVIEWERS.map(([name, initials]) => [name, initials] as const),
    );
    await lead.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SIZE));
    await lead.getByRole('spinbutton', { name: 'Seed' }).fill('1414');
    await lead.getByRole('button', { name: 'Draw sample' }).click();
    await lead.getByText(/^Drew “Sample 1”/).waitFor();
    await lead.getByText('Sync through a server').click();
    const form = lead.getByRole('form', { name: 'Sync Sample 1 through a server' });
    assert.equal(await form.getByRole('textbox', { name: 'Server address' }).inputValue(), `${app.url}/couchdb`);
    await form.getByRole('textbox', { name: 'Administrator user' }).fill(couch.admin.username);
    await form.getByLabel('Administrator password').fill(couch.admin.password);
    await form.getByRole('button', { name: 'Provision on the server' }).click();
    await lead.getByText('3 reviewer databases are ready on the server').waitFor({ timeout: 90_000 });
    for (const [name] of REVIEWERS) {
      const field = async (label: string) =>
        (await lead.getByLabel(`${label} for ${name}`, { exact: true }).innerText()).trim();
      access.set(name, {
        databaseUrl: await field('Database address'),
        username: await field('User name'),
        password: await field('Password'),
        passphrase: await field('Passphrase'),
      });
      assert.ok(access.get(name)!.password.length >= 20, 'a generated password of 20 characters at least');
      assert.ok(access.get(name)!.databaseUrl.startsWith(`${app.url}/couchdb/`), "on the app's own origin");
    }
    await lead.getByRole('button', { name: "I have noted every reviewer's access" }).click();
    // The mutation's reset reaches React on a later task (TanStack's notify batch), not in the click.
    await lead.getByRole('list', { name: 'Server access of each reviewer' }).waitFor({ state: 'detached' });
    assert.equal(await lead.getByText(access.get('Dr Ada Reyes')!.password).count(), 0, 'shown once');
    for (const [name] of REVIEWERS) assert.equal(await received(name), 0);
  });

  test('each reviewer opens their packet from the server in their own browser', async () => {
    for (const [name] of REVIEWERS) {
      const page = await newPage();
      reviewers.set(name, page);
      const form = page.getByRole('form', { name: 'Open a packet from a server' });
      const a = access.get(name)!;
      await form.getByRole('textbox', { name: 'Database address' }).fill(a.databaseUrl);
      await form.getByRole('textbox', { name: 'User name' }).fill(a.username);
      await form.getByLabel('Password', { exact: true }).fill(a.password);
      await form.getByRole('textbox', { name: 'Passphrase' }).fill(a.passphrase);
      await form.getByRole('button', { name: 'Open from server' }).click();
      await page.getByText(`Labeling as ${name}`).waitFor({ timeout: 60_000 });
      await page
        .getByRole('status', { name: 'Server sync' })
        .getByText(/Server reachable/)
        .waitFor({ timeout: 30_000 });
    }
  });

  test('a label reaches the lead within 5 s', async () => {
    const ada = reviewers.get('Dr Ada Reyes')!;
    await labelThreads(ada, SIZE, 1, 1, () => '1');
    const took = await waitReceived('Dr Ada Reyes', 1, 5_000);
    console.log(`# a label reached the lead in ${took} ms`);
  });

  test('a reviewer offline labels 20 threads; once back online all 20 arrive', async () => {
    const ben = reviewers.get('Dr Ben Okafor')!;
    await ben.context().setOffline(true);
    await labelThreads(ben, SIZE, 1, 20, () => '2');
    await ben
      .getByRole('status', { name: 'Server sync' })
      .getByText(/20 labels waiting/)
      .waitFor({ timeout: 30_000 });
    assert.equal(await received('Dr Ben Okafor'), 0, 'nothing arrived while offline');
    await ben.context().setOffline(false);
    await waitReceived('Dr Ben Okafor', 20, 60_000);
    await ben
      .getByRole('status', { name: 'Server sync' })
      .getByText(/0 labels waiting/)
      .waitFor({ timeout: 30_000 });
  });

  test('the server stopped midway and restarted: nothing lost, nothing doubled', async () => {
    const chen = reviewers.get('Dr Chen Li')!;
    const ada = reviewers.get('Dr Ada Reyes')!;
    await labelThreads(chen, SIZE, 1, 5, () => '3');
    await waitReceived('Dr Chen Li', 5, 10_000);
    await couch.stop();
    await labelThreads(chen, SIZE, 6, 12, () => '3');
    await labelThreads(ada, SIZE, 2, 8, () => '1');
    await chen
      .getByRole('status', { name: 'Server sync' })
      .getByText(/Server not reachable/)
      .waitFor({ timeout: 30_000 });
    await couch.restart();
    await waitReceived('Dr Chen Li', 12, 60_000);
    await waitReceived('Dr Ada Reyes', 8, 60_000);

    await lead.getByText('Agreement so far').click();
    const [file] = await downloadsOf(lead, 1, () => lead.getByRole('button', { name: 'Export ratings (CSV)' }).click());
    // The long format lists every thread of every reviewer; a thread not labeled has an empty label.
    const rows = readFileSync(file!, 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','))
      .filter((r) => r[2]);
    const pairs = rows.map(([item, rater]) => `${rater}/${item}`);
    assert.equal(new Set(pairs).size, pairs.length, 'no reviewer has two ratings of one thread');
    const byRater = new Map<string, string[]>();
    for (const [, rater, label] of rows) byRater.set(rater!, [...(byRater.get(rater!) ?? []), label!]);
    assert.deepEqual(
      [...byRater.values()].map((labels) => labels.length).sort((a, b) => a - b),
      [8, 12, 20],
    );
    for (const labels of byRater.values())
      assert.equal(new Set(labels).size, 1, 'each reviewer used one key throughout');
    assert.equal(new Set([...byRater.values()].map((labels) => labels[0])).size, 3, 'three labels, one per reviewer');
  });

  test("through the proxy, one reviewer cannot read another's database nor write an event for a thread outside their packet", async () => {
    const ada = access.get('Dr Ada Reyes')!;
    const ben = access.get('Dr Ben Okafor')!;
    const read = await fetch(`${ben.databaseUrl}/packet`, { headers: { Authorization: basic(ada) } });
    assert.ok([401, 403].includes(read.status), `reading another reviewer's database: ${read.status}`);
    const changes = await fetch(`${ben.databaseUrl}/_changes?include_docs=true`, {
      headers: { Authorization: basic(ada) },
    });
    assert.ok([401, 403].includes(changes.status), `reading another reviewer's labels: ${changes.status}`);

    const all = (await (
      await fetch(`${ada.databaseUrl}/_all_docs`, { headers: { Authorization: basic(ada) } })
    ).json()) as {
      rows: { id: string }[];
    };
    const own = all.rows.find((r) => r.id.startsWith('ev-'))!.id;
    const reviewerId = own.slice(3, -20);
    const id = `ev-${reviewerId}-${'9'.repeat(10)}-deadbeef`;
    const doc = { type: 'concord-label-event', reviewerId, threadId: 'T999999', seq: 9_999_999_999, payload: 'AAAA' };
    const write = await fetch(`${ada.databaseUrl}/${id}`, {
      method: 'PUT',
      headers: { Authorization: basic(ada), 'Content-Type': 'application/json' },
      body: JSON.stringify(doc),
    });
    assert.equal(write.status, 403, 'a label event for a thread outside the packet is refused');
    assert.deepEqual(errors, []);
  });
  test("the lead opens the report straight from its address (no sync status on it): a reviewer's label still arrives", async () => {
    const ratings = () =>
      lead.evaluate(`new Promise((resolve, reject) => {
        const open = indexedDB.open('concord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('ratings').objectStore('ratings').count();
          count.onsuccess = () => { open.result.close(); resolve(count.result); };
          count.onerror = () => reject(count.error);
        };
      })`) as Promise<number>;
    await lead.goto(lead.url().replace(/\/samples$/, '/report'));
    await lead.getByRole('heading', { name: /^Agreement report: / }).waitFor();
    assert.equal(await lead.getByRole('list', { name: 'Server sync of Sample 1' }).count(), 0);
    const before = await ratings();
    await labelThreads(reviewers.get('Dr Ada Reyes')!, SIZE, 9, 9, () => '1');
    const start = Date.now();
    while ((await ratings()) !== before + 1) {
      if (Date.now() - start > 20_000)
        throw new Error(`the lead's study holds ${await ratings()} ratings, not ${before + 1}`);
      await lead.waitForTimeout(200);
    }
    assert.deepEqual(errors, []);
  });
});
