import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, waitForStudies } from './support/app';
import { launchBrowser, type Browser } from './support/browser';
import { startPreviewServer } from './support/server';

const DIST = 'dist';

/** Every file of the build but the service worker itself and the workbox runtime it imports. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(path) : [relative(DIST, path)];
  }).filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file)).sort();
}

/** What the installed service worker holds in its precache, as paths relative to the origin. */
async function precachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
    return urls.flat().map((url) => new URL(url).pathname.slice(1)).sort();
  });
}

async function expectThread(page: Page, position: number) {
  await page.getByRole('heading', { name: new RegExp(`^Thread ${position} of 5`) }).waitFor();
}

describe('offline: after one visit the app opens and labels with the server stopped', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>> | null;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
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
    assert.ok(expected.includes('index.html') && expected.includes('manifest.webmanifest') && expected.includes('icon-512.png'));
    assert.ok(expected.some((file) => /^assets\/import\.worker-.+\.js$/.test(file)), 'the workers are built files too');
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
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await addReviewers(page, [['Dr Ada Reyes', 'AR'], ['Dr Ben Okafor', 'BO']]);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill('5');
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('3');
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText('Drew “Sample 1”: 5 threads, seed 3.').waitFor();
    await page.getByRole('navigation', { name: /Who is working on Sample 1/ }).getByRole('link', { name: /Dr Ada Reyes/ }).click();
    await page.getByText('Labeling as Dr Ada Reyes').waitFor();

    for (const [i, key] of ['1', '2', '3'].entries()) {
      await expectThread(page, i + 1);
      await page.keyboard.press(key);
    }
    await expectThread(page, 4);
    await page.reload();
    await expectThread(page, 4);
    await page.getByText('3 of 5 labeled').waitFor();
    for (const [position, label] of [[3, 'Brainstorming'], [2, 'Text Manipulation'], [1, 'Email & Document Writing']] as const) {
      await page.keyboard.press('k');
      await expectThread(page, position);
      assert.equal(await page.getByLabel('Your label').innerText(), `Your label: ${label}`);
    }
    assert.deepEqual(pageErrors, []);
  });
});
