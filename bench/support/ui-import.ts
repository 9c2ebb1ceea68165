// The benches' shared way to a big study: one generated CSV, imported through the real UI.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureDemoCsv } from './demo-csv';

export const THREADS = 30_503;
const OUT_DIR = 'bench/out';
const CSV = join(OUT_DIR, 'threads.csv');
const STEP_TIMEOUT = 300_000;

/** The import bench's file (same generator, seed and path, LLM labels included), made only if missing. */
export function ensureThreadsCsv(log: (message: string) => void): void {
  ensureDemoCsv(CSV, THREADS, 1, log, 40 * 1024 * 1024);
}

/** The import bench's UI path, untimed: create a study, choose the CSV, Check, Import. Returns the study's URL. */
export async function importStudyThroughUi(page: Page, url: string, study: string): Promise<string> {
  await page.goto(url);
  await page
    .getByRole('list', { name: 'Studies' })
    .getByText(/2,000 threads/)
    .waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole('textbox', { name: 'New study name' }).fill(study);
  await page.getByRole('button', { name: 'Create study' }).click();
  await page.getByRole('heading', { name: '1. Choose a file' }).waitFor({ timeout: STEP_TIMEOUT });
  const studyUrl = page.url().replace(/\/import$/, '');
  await page.getByLabel(/^File/).setInputFiles(CSV);
  await page.getByRole('button', { name: /^Check [\d,]+ rows/ }).click({ timeout: STEP_TIMEOUT });
  await page.getByRole('button', { name: /^Import [\d,]+ valid threads$/ }).click({ timeout: STEP_TIMEOUT });
  await page.getByText(`Stored ${THREADS.toLocaleString('en-US')} threads`).waitFor({ timeout: STEP_TIMEOUT });
  return studyUrl;
}
