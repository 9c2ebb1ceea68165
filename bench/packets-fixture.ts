// The packets bench's study: 300 threads of exactly 45,000 characters imported through the UI,
// two reviewers and a sample of all 300 (none of it timed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addReviewers } from '../tests/e2e/support/app';

export const THREADS = 300;
export const CHARS = 45_000;
export const OUT_DIR = 'bench/out';
export const TIMEOUT = 300_000;
const CSV = join(OUT_DIR, 'packet-threads.csv');

/** 300 threads of exactly 45,000 characters: words of a seeded sequence, nothing a CSV must quote. */
export function writeCsv(): void {
  const words = [
    'schedule',
    'patient',
    'referral',
    'discharge',
    'summary',
    'clinic',
    'letter',
    'insurance',
    'appointment',
    'radiology',
  ];
  let state = 1;
  const next = () => (state = (state * 48_271) % 2_147_483_647);
  const rows = ['thread_id,user_prompts'];
  for (let t = 1; t <= THREADS; t++) {
    let text = `Thread ${t}:`;
    while (text.length < CHARS) text += ` ${words[next() % words.length]}`;
    rows.push(`P${String(t).padStart(4, '0')},${text.slice(0, CHARS)}`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(CSV, `${rows.join('\n')}\n`);
}

export async function leadStudy(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('list', { name: 'Studies' }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('textbox', { name: 'New study name' }).fill('Packets bench');
  await page.getByRole('button', { name: 'Create study' }).click();
  await page.getByLabel(/^File/).setInputFiles(CSV);
  await page.getByRole('button', { name: /^Check [\d,]+ rows/ }).click({ timeout: TIMEOUT });
  await page.getByRole('button', { name: /^Import [\d,]+ valid threads$/ }).click({ timeout: TIMEOUT });
  await page.getByText(`Stored ${THREADS} threads`).waitFor({ timeout: TIMEOUT });
  await page.goto(page.url().replace(/\/import$/, '/samples'));
  await addReviewers(page, [
    ['Dr Ada Reyes', 'AR'],
    ['Dr Ben Okafor', 'BO'],
  ]);
  await page.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(THREADS));
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(/^Drew “Sample 1”/).waitFor({ timeout: TIMEOUT });
}

/** `task`, or an error naming what it waited for once `ms` have passed. */
export async function withTimeout<T>(what: string, task: Promise<T>, ms = TIMEOUT): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`packets bench: waited ${ms / 1000} s for ${what}`)), ms);
  });
  try {
    return await Promise.race([task, expired]);
  } finally {
    clearTimeout(timer);
  }
}
