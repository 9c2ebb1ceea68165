import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser } from './support/browser';
import { waitForStudies } from './support/app';
import { startPreviewServer } from './support/server';

let server: Awaited<ReturnType<typeof startPreviewServer>>;
const profile = mkdtempSync(join(tmpdir(), 'concord-restart-'));
before(async () => {
  server = await startPreviewServer();
});
after(async () => {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
});

test('data survives a browser restart, and the demo study is not loaded twice', async () => {
  const first = await launchBrowser({ profile });
  try {
    const page = await first.context.newPage();
    await page.goto(server.url);
    await waitForStudies(page);
    await page.getByRole('textbox', { name: 'New study name' }).fill('Kept across restarts');
    await page.getByRole('button', { name: 'Create study' }).click();
    await page.getByRole('heading', { name: '1. Choose a file' }).waitFor();
  } finally {
    await first.close();
  }

  const second = await launchBrowser({ profile });
  try {
    const again = await second.context.newPage();
    await again.goto(server.url);
    await waitForStudies(again);
    const names = await again.getByRole('list', { name: 'Studies' }).getByRole('heading').allInnerTexts();
    assert.deepEqual(names, ['Demo study: staff GPT-4o use (synthetic)', 'Kept across restarts']);
    await again.getByRole('link', { name: /^Demo study/ }).click();
    await again.getByText('Showing 2,000 of 2,000 threads').waitFor();
  } finally {
    await second.close();
  }
});
