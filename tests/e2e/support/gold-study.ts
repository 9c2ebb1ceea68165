// The study that gold.e2e.ts walks through: three reviewers, an adjudicator, the keys each presses.
import type { Page } from 'playwright-core';
import { defaultCodebook } from '../../../src/domain/codebook/default-codebook';
import { openStudies, type App } from './app';

export const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
  ['Dr Chen Li', 'CL'],
] as const;
export const ADJUDICATOR = 'Dr Dana Park';
export const SIZE = 12;
const categoryOfKey = new Map(defaultCodebook().categories.map((c) => [c.key, c.name]));
export const nameOf = (key: string) => categoryOfKey.get(key)!;

/**
 * The keys each reviewer presses on threads 1–12 of the sample: threads 1 and 2 are full
 * disagreements (1, 2, 3), threads 3 and 4 majorities, the other eight unanimous.
 */
export const KEYS: Record<string, (i: number) => string> = {
  'Dr Ada Reyes': () => '1',
  'Dr Ben Okafor': (i) => (i <= 3 ? '2' : '1'),
  'Dr Chen Li': (i) => (i <= 2 ? '3' : i === 4 ? '2' : '1'),
};

export async function samplesPage(page: Page, app: App) {
  await openStudies(page, app.url);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await page.getByRole('heading', { name: 'Draw a sample' }).waitFor();
}
