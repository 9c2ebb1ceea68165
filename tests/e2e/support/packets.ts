import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor, Decrypter } from 'age-encryption';
import type { Page } from 'playwright-core';

const downloads = mkdtempSync(join(tmpdir(), 'concord-packets-'));
let saved = 0;

/** Clicks, waits for `count` downloads and saves each under a path of its own (two labels files may share a name). */
export async function downloadsOf(page: Page, count: number, click: () => Promise<void>): Promise<string[]> {
  const files: Promise<string>[] = [];
  const done = new Promise<void>((resolve) => {
    const onDownload = (d: import('playwright-core').Download) => {
      saved += 1;
      const path = join(downloads, `${saved}-${d.suggestedFilename()}`);
      files.push(d.saveAs(path).then(() => path));
      if (files.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    };
    page.on('download', onDownload);
  });
  await click();
  await done;
  return Promise.all(files);
}

/** A packet as `age -d` would give it: armored or binary, decrypted with its passphrase. */
export async function decryptPacket(path: string, passphrase: string): Promise<string> {
  const bytes = readFileSync(path);
  const text = bytes.toString('latin1');
  const binary = text.startsWith('-----BEGIN AGE ENCRYPTED FILE-----') ? armor.decode(text) : new Uint8Array(bytes);
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  return decrypter.decrypt(binary, 'text');
}

/** On the studies page of a reviewer's browser: opens a packet file with a passphrase. */
export async function openPacket(page: Page, file: string, passphrase: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Open a reviewer packet' });
  await form.getByLabel('Packet file').setInputFiles(file);
  await form.getByRole('textbox', { name: 'Passphrase' }).fill(passphrase);
  await form.getByRole('button', { name: 'Open packet' }).click();
}

/** In a workspace's queue: one labels file of every label so far. */
export async function sendLabelsBack(page: Page): Promise<string> {
  const [file] = await downloadsOf(page, 1, () =>
    page
      .getByRole('region', { name: 'Reviewer packet' })
      .getByRole('button', { name: /^Send labels back/ })
      .click(),
  );
  return file!;
}

/** Labels threads `from`..`to` of a queue of `size` by keyboard, each key committed before the next thread shows. */
export async function labelThreads(
  page: Page,
  size: number,
  from: number,
  to: number,
  key: (i: number) => string,
): Promise<void> {
  for (let i = from; i <= to; i++) {
    await page.getByRole('heading', { name: new RegExp(`^Thread ${i} of ${size}`) }).waitFor();
    await page.keyboard.press(key(i));
  }
  if (to === size) await page.getByText(`All ${size} threads of this sample are labeled.`).waitFor();
  else await page.getByRole('heading', { name: new RegExp(`^Thread ${to + 1} of ${size}`) }).waitFor();
}

/** The report's agreement tables of the study's samples, as text, to compare two machines. */
export async function reportTables(page: Page): Promise<string[]> {
  const names = ['Agreement among the reviewers', 'Agreement per category', 'The LLM against each reviewer'];
  const tables: string[] = [];
  // The bootstrap intervals come from a worker (seeded, so equal on both machines): wait for the
  // tables to be drawn first, then for the intervals, or the wait passes before the report renders.
  await page.getByRole('table', { name: names[0] }).waitFor();
  await page.waitForFunction(() => !document.body.innerText.includes('computing…'), undefined, { timeout: 120_000 });
  for (const name of names) {
    const table = page.getByRole('table', { name });
    await table.waitFor();
    tables.push(await table.innerText());
  }
  return tables;
}
