import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { startPreviewServer } from './server';

export interface App {
  url: string;
  browser: Browser;
  page: Page;
  /** Every URL the page asked for that is not of its own origin (data: and blob: are local). */
  foreignRequests: string[];
  /** Errors the page logged or threw; a test ends by asserting there were none. */
  pageErrors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** The built app in a fresh Chromium profile, watched for foreign requests, errors and dialogs. */
export async function openApp(): Promise<App> {
  const server = await startPreviewServer();
  const browser = await launchBrowser();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  browser.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(server.url);
  return {
    url: server.url,
    browser,
    page,
    foreignRequests,
    pageErrors,
    dialogs,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits for the first run to finish loading the demo study. */
export async function waitForStudies(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Studies' }).waitFor({ timeout: 60_000 });
  await page.getByRole('list', { name: 'Studies' }).waitFor({ timeout: 60_000 });
}

/** On a study's samples page: adds reviewer profiles through the form. */
export async function addReviewers(
  page: Page,
  reviewers: readonly (readonly [name: string, initials: string])[],
): Promise<void> {
  for (const [name, initials] of reviewers) {
    await page.getByRole('textbox', { name: 'Name' }).first().fill(name);
    await page.getByRole('textbox', { name: 'Initials' }).fill(initials);
    await page.getByRole('button', { name: 'Add reviewer' }).click();
    await page.getByRole('list', { name: 'Reviewers' }).getByText(name).waitFor();
  }
}

/** The studies list from the app's root, ending first any sitting an earlier test left running (it refuses every other page). */
export async function openStudies(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const end = page.getByRole('button', { name: 'End sitting' });
  await Promise.race([
    end.waitFor({ timeout: 60_000 }),
    page.getByRole('list', { name: 'Studies' }).waitFor({ timeout: 60_000 }),
  ]);
  if (await end.isVisible()) await end.click();
  await waitForStudies(page);
}
