// The benches' shared way to a big study: one generated CSV, imported through the real UI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const THREADS = 30_503;
const OUT_DIR = 'bench/out';
const CSV = join(OUT_DIR, 'threads.csv');
const STEP_TIMEOUT = 300_000;

/** The same file as the import bench (same generator, seed and path, LLM labels included), made only if missing. */
export function ensureThreadsCsv(): void {
  if (existsSync(CSV) && statSync(CSV).size > 40 * 1024 * 1024) return;
  process.stderr.write(`generating ${CSV} (${THREADS} threads, seed 1)\n`);
  mkdirSync(OUT_DIR, { recursive: true });
  const args = ['tsx', 'src/cli/demo-data.ts', '--threads', String(THREADS), '--seed', '1', '--format', 'csv', '--out', CSV];
  const result = spawnSync('npx', args, { stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error(`demo-data failed with status ${result.status}`);
}

/** The import bench's UI path, untimed: create a study, choose the CSV, Check, Import. Returns the study's URL. */
export async function importStudyThroughUi(page: Page, url: string, study: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('list', { name: 'Studies' }).getByText(/2,000 threads/).waitFor({ timeout: STEP_TIMEOUT });
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
