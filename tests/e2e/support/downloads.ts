// What a test reads back from the app's downloads.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';

/** Clicks, waits for the download, and returns the downloaded file's path. */
export async function downloadPath(page: Page, click: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent('download');
  await click();
  return (await event).path();
}

/** Clicks, waits for the download, and returns its text. */
export const downloadText = async (page: Page, click: () => Promise<void>) =>
  readFileSync(await downloadPath(page, click), 'utf8');

/** The rows of a CSV file with a header row (the byte order mark our CSV files start with removed). */
export const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
