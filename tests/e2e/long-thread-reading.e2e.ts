// Issue #12: a thread of many turns (91, ~45,000 characters, the shape of the demo's longest)
// is read to its last line with the keyboard alone, End and Home reach either end, and the text
// of a turn far out of view is found by the browser's find.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openApp, type App } from './support/app';
import { lastLineInView as lastLineInBox } from './support/thread-box';
import { twoReviewerSample } from './support/two-reviewer-sample';

const LAST_LINE = 'The very last line of the many-turn thread.';
const FAR_WORDS = 'zebra-crossing-budget-request';
const TURNS = 90;

/** 90 turns of about 450 characters, then a last turn of 5,000: the turn End must lay out. */
function manyTurnsCsv(): Buffer {
  const turns = Array.from({ length: TURNS }, (_, i) =>
    `Turn ${i + 1}: ${'please shorten this paragraph of the staff newsletter. '.repeat(8)}${i === 60 ? FAR_WORDS : ''}`.trim(),
  );
  turns.push(`${'The closing request, repeated at length for the reader. '.repeat(90)}\n${LAST_LINE}`);
  const cell = JSON.stringify(turns).replaceAll('"', '""');
  const rows = ['Thread ID,Turns,Department,Created At', `MANY-1,"${cell}",Oncology,2024-03-06`];
  rows.push('S-1,"[""A short prompt about a clinic letter""]",Cardiology,2024-03-01');
  return Buffer.from(rows.join('\n') + '\n', 'utf8');
}

const box = (page: Page) => page.locator('#labeling-thread-box');
const scrollTop = (page: Page) => box(page).evaluate((b) => b.scrollTop);

const lastLineInView = (page: Page) => lastLineInBox(page, LAST_LINE);

describe('a long thread of many turns, read by keyboard', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('Space and PageDown read to the last line, Home and End go to either end, and a far turn is found', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 850 });
    await twoReviewerSample(page, app.url, 'Many turns', { name: 'many.csv', buffer: manyTurnsCsv() });
    await page
      .getByRole('navigation', { name: /Who is working on Sample 1/ })
      .getByRole('link', { name: /Dr Ada Reyes/ })
      .click();
    await page.getByText('Labeling as Dr Ada Reyes').waitFor();
    const url = new URL(page.url());
    url.search = '?t=MANY-1';
    await page.goto(url.toString());
    await page.getByRole('heading', { name: /^Thread \d of 2\s+MANY-1/ }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Prompts' }).getByRole('listitem').count(), TURNS + 1);

    // The browser's find (the engine of find-in-page) finds words of a turn far out of view.
    assert.equal(
      await page.evaluate((w) => (window as unknown as { find(s: string): boolean }).find(w), FAR_WORDS),
      true,
    );

    assert.equal(await lastLineInView(page), false);
    await page.keyboard.press('End');
    assert.ok(await lastLineInView(page), 'End did not show the last line');
    await page.keyboard.press('Home');
    assert.equal(await scrollTop(page), 0);
    let presses = 0;
    while (!(await lastLineInView(page)) && presses < 400) {
      await page.keyboard.press(presses % 2 ? 'PageDown' : 'Space');
      presses += 1;
    }
    assert.ok(await lastLineInView(page), `the last line was not reached after ${presses} presses`);
    const bottom = await scrollTop(page);
    await page.keyboard.press('Shift+Space');
    assert.ok((await scrollTop(page)) < bottom, 'Shift+Space did not scroll back up');
    await page.keyboard.press('PageUp');
    assert.equal(await lastLineInView(page), false);
    assert.deepEqual(app.pageErrors, []);
  });
});
