// Study states that some pages need before they show anything worth checking (accessibility.e2e.ts).
import type { Page } from 'playwright-core';
import { openStudies, type App } from './app';

/** The reviewers accessibility.e2e.ts adds to the demo study before drawing Sample 1. */
export const REVIEWERS = ['Dr Ana Axe', 'Dr Ben Bell'] as const;
const CANDIDATES = [
  'Fix the VLOOKUP in my scheduling spreadsheet so it ignores blank rows',
  'Write a Python script that renames the scanned referral PDFs by patient MRN and date of service, keeping the originals',
];

/**
 * Sample 2 (3 threads), labeled by both reviewers with the first category: unanimous, so gold,
 * and the report's confusion matrix links a cell. Sample 1 stays unlabeled for the labeling page.
 */
export async function confusionCellUrl(page: Page, app: App): Promise<string> {
  const samples = async () => {
    await openStudies(page, app.url);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await page.getByRole('heading', { name: 'Draw a sample' }).waitFor({ timeout: 30_000 });
  };
  await samples();
  const form = page.getByRole('form', { name: 'Draw a sample' });
  await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill('3');
  await form.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(/^Drew “Sample 2”/).waitFor({ timeout: 30_000 });
  for (const name of REVIEWERS) {
    await samples();
    await page
      .getByRole('navigation', { name: /Who is working on Sample 2/ })
      .getByRole('link', { name: new RegExp(name) })
      .click();
    for (let i = 1; i <= 3; i++) {
      await page.getByRole('heading', { name: new RegExp(`^Thread ${i} of 3`) }).waitFor({ timeout: 30_000 });
      await page.keyboard.press('1');
    }
    await page.getByText('All 3 threads of this sample are labeled.').waitFor({ timeout: 30_000 });
  }
  await samples();
  await page.getByRole('link', { name: 'Report of Sample 2' }).click();
  const cell = page.getByRole('list', { name: 'Threads behind each cell' }).getByRole('link').first();
  await cell.waitFor({ timeout: 30_000 });
  return new URL((await cell.getAttribute('href')) ?? '', app.url).href;
}

/**
 * Two candidates of Coding on the lead's page, one picked by Ana and taken into the codebook (so
 * the page shows both a Remove… and an "In version N"); returns Ana's pick page.
 */
export async function candidatePagesUrl(page: Page, app: App, study: string): Promise<string> {
  await page.goto(`${study}/codebook/examples`);
  for (const text of CANDIDATES) {
    await page.getByRole('textbox', { name: 'New candidate for Coding' }).fill(text);
    await page.getByRole('button', { name: 'Add candidate to Coding' }).click();
    await page.getByRole('table', { name: 'Picks for Coding' }).getByText(text).waitFor({ timeout: 30_000 });
  }
  const pick = page.getByRole('link', { name: `Pick as ${REVIEWERS[0]}` });
  const pickUrl = new URL((await pick.getAttribute('href')) ?? '', app.url).href;
  await pick.click();
  // The box turns checked once the pick is stored, not on the click: check() would call that a failure.
  await page.getByRole('checkbox', { name: CANDIDATES[0] }).click();
  await page.getByRole('group', { name: 'Coding (1 of 3 picked)' }).waitFor({ timeout: 30_000 });
  await page.goto(`${study}/codebook/examples`);
  await page.getByRole('checkbox', { name: /^Take “Fix the VLOOKUP/ }).check();
  await page.getByRole('button', { name: /^Take 1 example of Coding into version \d+$/ }).click();
  await page.getByText(/holds the new examples of Coding\.$/).waitFor({ timeout: 30_000 });
  return pickUrl;
}
