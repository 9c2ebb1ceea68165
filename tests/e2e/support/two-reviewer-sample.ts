import type { Page } from 'playwright-core';
import { addReviewers, waitForStudies } from './app';

/**
 * From the studies page: a new study of `csv` (every row a valid thread), reviewers Dr Ada Reyes
 * and Dr Ben Okafor, and "Sample 1" of all its threads; ends on the study's samples page.
 */
export async function twoReviewerSample(page: Page, url: string, study: string, csv: { name: string; buffer: Buffer }) {
  await waitForStudies(page);
  await page.getByRole('textbox', { name: 'New study name' }).fill(study);
  await page.getByRole('button', { name: 'Create study' }).click();
  await page.getByLabel(/^File/).setInputFiles({ ...csv, mimeType: 'text/csv' });
  const check = page.getByRole('button', { name: /^Check \d+ rows/ });
  const rows = Number((await check.textContent())?.match(/Check (\d+) rows/)?.[1]);
  await check.click();
  await page.getByRole('button', { name: `Import ${rows} valid threads` }).click();
  await page.getByText(new RegExp(`^Stored ${rows} threads`)).waitFor();
  await page.goto(url);
  await page.getByRole('link', { name: `Samples of ${study}` }).click();
  await addReviewers(page, [
    ['Dr Ada Reyes', 'AR'],
    ['Dr Ben Okafor', 'BO'],
  ]);
  const form = page.getByRole('form', { name: 'Draw a sample' });
  await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(rows));
  await form.getByRole('checkbox', { name: 'Frequent users only' }).uncheck();
  await form.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(new RegExp(`^Drew “Sample 1”: ${rows} threads`)).waitFor();
}
