// Issue #12: the labeling and decision views on a phone, a tablet and a laptop, and a long
// thread read to its last line with the keyboard alone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openApp, openStudies, type App } from './support/app';
import { lastLineInView as lastLineInBox } from './support/thread-box';
import { twoReviewerSample } from './support/two-reviewer-sample';

const LAST_LINE = 'This is the last line of the long thread.';
const LONG_LINES = 620;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1366, height: 850 },
] as const;

function eveningCsv(): Buffer {
  const long = [
    ...Array.from(
      { length: LONG_LINES },
      (_, i) => `Line ${i + 1}: please check the wording of this policy paragraph.`,
    ),
    LAST_LINE,
  ].join('\n');
  const rows = ['Thread ID,User Prompts,Department,Created At', `LONG-1,"${long}",Oncology,2024-03-06`];
  for (let i = 1; i <= 5; i++)
    rows.push(`S-${i},Short prompt number ${i} about a clinic letter,Cardiology,2024-03-0${i}`);
  return Buffer.from(rows.join('\n') + '\n', 'utf8');
}

/** How far the page itself can scroll sideways (0 when it cannot). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    return Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main ? main.scrollWidth - main.clientWidth : 0,
    );
  });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  assert.ok(b, 'element is not rendered');
  return b;
}

/** The thread's place: on screen and wide enough to read. */
async function assertReadable(page: Page, region: string, width: number, height: number) {
  const b = await box(page.getByRole('region', { name: region }));
  assert.ok(b.width >= 300, `${region} is ${b.width} px wide at ${width} px`);
  assert.ok(
    b.y < height - 100 && b.x >= 0 && b.x + b.width <= width,
    `${region} is not in view at ${width}×${height}: ${JSON.stringify(b)}`,
  );
  assert.equal(await sideways(page), 0, `the page scrolls sideways at ${width} px`);
}

/** Whether the last line of the long thread is inside the thread's scroll box. */
const lastLineInView = (page: Page) => lastLineInBox(page, LAST_LINE);

describe("a reviewer's evening on any screen", () => {
  let app: App;
  let labelUrl = '';
  let decideUrl = '';
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('a study of five short threads and one of 40,000 characters, labeled differently by two reviewers', async () => {
    const { page } = app;
    await twoReviewerSample(page, app.url, 'Evening', { name: 'evening.csv', buffer: eveningCsv() });
    const samples = page.url();
    for (const [reviewer, key] of [
      ['Dr Ben Okafor', '2'],
      ['Dr Ada Reyes', '1'],
    ] as const) {
      // Each reviewer's sitting ends before the next begins, as at a shared workstation.
      await openStudies(page, app.url);
      await page.goto(samples);
      await page
        .getByRole('navigation', { name: /Who is working on Sample 1/ })
        .getByRole('link', { name: new RegExp(reviewer) })
        .click();
      await page.getByText(`Labeling as ${reviewer}`).waitFor();
      for (let i = 1; i <= 6; i++) {
        await page.getByRole('heading', { name: new RegExp(`^Thread ${i} of 6`) }).waitFor();
        await page.keyboard.press(key);
      }
      await page.getByText('All 6 threads of this sample are labeled. Thank you.').waitFor();
    }
    labelUrl = page.url().replace(/\?.*$/, '');
    decideUrl = labelUrl.replace(/\/label\/[^/]+$/, '/decide');
    // The lead's views follow: out of the last reviewer's sitting.
    await openStudies(page, app.url);
  });

  for (const { width, height } of VIEWPORTS) {
    test(`at ${width}×${height}: the thread is in view and at least 300 px wide, and nothing scrolls sideways`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.goto(`${labelUrl}?t=LONG-1`);
      await page.getByRole('heading', { name: /^Thread \d of 6\s+LONG-1/ }).waitFor();
      await assertReadable(page, 'Thread to label', width, height);
      if (width >= 1024) {
        // Every category key on screen without scrolling, the codebook open beside the thread.
        const keys = page.getByRole('complementary', { name: 'Codebook' }).locator('li > button[aria-keyshortcuts]');
        assert.equal(await keys.count(), 11);
        for (const b of await Promise.all((await keys.all()).map(box)))
          assert.ok(b.y + b.height <= height, `a category key is below the fold: ${JSON.stringify(b)}`);
      } else {
        // The codebook is a drawer: closed, the thread has the width; opened, its keys are there to tap.
        assert.equal(await page.getByRole('complementary', { name: 'Codebook' }).count(), 0);
        await page.getByRole('button', { name: 'Codebook' }).click();
        const drawer = page.getByRole('complementary', { name: 'Codebook' });
        await drawer.getByRole('button', { name: 'Definitions /' }).click();
        await drawer
          .getByText(/^Drafting, rewriting or improving emails/)
          .first()
          .waitFor();
        assert.equal(await sideways(page), 0);
        await page.getByRole('button', { name: 'Close codebook' }).click();
      }

      await page.goto(decideUrl);
      await page.getByRole('heading', { name: /^Thread/ }).waitFor();
      await assertReadable(page, 'Thread under decision', width, height);
      if (width >= 1024) {
        const record = await box(page.getByRole('button', { name: 'Record decision' }));
        assert.ok(
          record.y >= 0 && record.y + record.height <= height,
          `Record is out of view: ${JSON.stringify(record)}`,
        );
      }
    });
  }

  for (const { width, height } of [VIEWPORTS[0], VIEWPORTS[2]]) {
    test(`at ${width}×${height}: a 40,000-character thread is read to its last line with the keyboard alone`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.goto(`${labelUrl}?t=LONG-1`);
      await page.getByRole('heading', { name: /^Thread \d of 6\s+LONG-1/ }).waitFor();
      assert.equal(await lastLineInView(page), false);
      let presses = 0;
      while (!(await lastLineInView(page)) && presses < 400) {
        await page.keyboard.press(presses % 2 ? 'PageDown' : 'Space');
        presses += 1;
      }
      assert.ok(await lastLineInView(page), `the last line was not reached after ${presses} presses`);
      const scrollTop = () => page.evaluate(() => document.getElementById('labeling-thread-box')!.scrollTop);
      const bottom = await scrollTop();
      await page.keyboard.press('Shift+Space');
      assert.ok((await scrollTop()) < bottom, 'Shift+Space did not scroll back up');
      await page.keyboard.press('Home');
      assert.equal(await scrollTop(), 0);
      await page.keyboard.press('End');
      assert.ok(await lastLineInView(page), 'End did not show the last line');
      await page.keyboard.press('PageUp');
      assert.equal(await lastLineInView(page), false);
    });
  }

  test('no errors, no request off the origin', () => {
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});
