import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, waitForStudies } from './support/app';
import { launchBrowser, type Browser } from './support/browser';
import { startPreviewServer } from './support/server';

const DIST = 'dist';

/** Every file of the build but the service worker itself and the workbox runtime it imports. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? builtFiles(path) : [relative(DIST, path)];
    })
    .filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file))
    .sort();
}

/** What the installed service worker holds in its precache, as paths relative to the origin. */
async function precachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const urls = await Promise.all(
      names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    return urls
      .flat()
      .map((url) => new URL(url).pathname.slice(1))
      .sort();
  });
}

async function expectThread(page: Page, position: number) {
  await page.getByRole('heading', { name: new RegExp(`^Thread ${position} of 5`) }).waitFor();
}

/** From the studies page to the samples page: two reviewers, a sample of 5 threads. */
async function drawSample(page: Page) {
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await addReviewers(page, [
    ['Dr Ada Reyes', 'AR'],
    ['Dr Ben Okafor', 'BO'],
  ]);
  const form = page.getByRole('form', { name: 'Draw a sample' });
  await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill('5');
  await form.getByRole('spinbutton', { name: 'Seed' }).fill('3');
  await form.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText('Drew “Sample 1”: 5 threads, seed 3.').waitFor();
}

async function openQueue(page: Page) {
  await page
    .getByRole('navigation', { name: /Who is working on Sample 1/ })
    .getByRole('link', { name: /Dr Ada Reyes/ })
    .click();
  await page.getByText('Labeling as Dr Ada Reyes').waitFor();
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

describe('offline: after one visit the app opens and labels with the server stopped', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>> | null;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  before(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    pageErrors = watchErrors(page);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('one visit installs a service worker whose precache is exactly the built files', async () => {
    await page.goto(server!.url);
    await waitForStudies(page);
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    assert.ok(state === 'activating' || state === 'activated', `service worker state: ${state}`);
    const expected = builtFiles();
    assert.ok(
      expected.includes('index.html') && expected.includes('manifest.webmanifest') && expected.includes('icon-512.png'),
    );
    assert.ok(
      expected.some((file) => /^assets\/import\.worker-.+\.js$/.test(file)),
      'the workers are built files too',
    );
    assert.deepEqual(await precachedFiles(page), expected);
  });

  test('with the server stopped, a reload opens the app, and three labels survive another reload', async () => {
    const url = server!.url;
    await server!.close();
    server = null;
    await assert.rejects(fetch(url), 'the server is really gone');

    await page.reload();
    await waitForStudies(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);

    // Every page below loads its own chunk: all of them come from the service worker's cache.
    await drawSample(page);
    await openQueue(page);

    for (const [i, key] of ['1', '2', '3'].entries()) {
      await expectThread(page, i + 1);
      await page.keyboard.press(key);
    }
    await expectThread(page, 4);
    await page.reload();
    await expectThread(page, 4);
    await page.getByText('3 of 5 labeled').waitFor();
    for (const [position, label] of [
      [3, 'Brainstorming'],
      [2, 'Text Manipulation'],
      [1, 'Email & Document Writing'],
    ] as const) {
      await page.keyboard.press('k');
      await expectThread(page, position);
      assert.equal(await page.getByLabel('Your label').innerText(), `Your label: ${label}`);
    }
    assert.deepEqual(pageErrors, []);
  });
});

describe('an update is offered, never applied in the middle of a sitting', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  const swFile = join(DIST, 'sw.js');
  const original = readFileSync(swFile);

  before(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
  });
  after(async () => {
    writeFileSync(swFile, original);
    await browser?.close();
    await server?.close();
  });

  test('a new build is offered, hidden and left waiting while a reviewer labels, and applied by Reload once they leave', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchErrors(page);
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);
    await page.goto(server.url);
    await waitForStudies(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // A later evening: the page is now served by the service worker (the first visit is not,
    // so an update would take over at once, with nothing of the old version running).
    await page.reload();
    await waitForStudies(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
    await drawSample(page);

    appendFileSync(swFile, '\n// a new build\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    const offer = page.getByRole('complementary', { name: 'New version' });
    await offer.getByText('A new version is ready.').waitFor();
    await openQueue(page);
    await expectThread(page, 1);
    await page.keyboard.press('1');
    await expectThread(page, 2);
    assert.equal(await offer.count(), 0, 'no offer during the sitting');
    assert.equal(await waiting(), 'installed', 'the new version still waits');

    // The reviewer leaves: ending the sitting lands on the studies list, where the offer shows.
    await page.getByRole('button', { name: 'End sitting' }).click();
    await offer.getByText('A new version is ready.').waitFor();
    await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()]);
    await waitForStudies(page);
    assert.equal(await waiting(), null, 'the new version has taken over');
    assert.equal(await page.getByRole('button', { name: 'Reload' }).count(), 0);
    assert.deepEqual(pageErrors, []);
  });
});
