import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { defaultCodebook } from '../../src/domain/codebook/default-codebook';
import { addReviewers, openApp, waitForStudies, type App } from './support/app';

const CATEGORY = defaultCodebook().categories.map((c) => c.name);
const ARABIC = 'اكتب رسالة إلى قسم الأشعة بخصوص موعد المريض';
const HEBREW = 'כתוב מכתב לאחראית המשמרת על שינוי התורנות';

/** Ends the running sitting, which lands on the studies list. */
async function endSitting(page: Page) {
  await page.getByRole('button', { name: 'End sitting' }).click();
  await page.getByRole('list', { name: 'Studies' }).waitFor();
}

/** To a reviewer's queue through the app's own links: no reload, as reviewers take turns in one tab. */
async function takeTurn(page: Page, reviewer: string) {
  if (await page.getByRole('button', { name: 'End sitting' }).count()) await endSitting(page);
  else await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Studies' }).click();
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await page
    .getByRole('navigation', { name: /Who is working on Sample 1/ })
    .getByRole('link', { name: new RegExp(reviewer) })
    .click();
  await page.getByText(`Labeling as ${reviewer}`).waitFor();
}
const atThread = (page: Page, n: number) =>
  page.getByRole('heading', { name: new RegExp(`^Thread ${n} of 5`) }).waitFor();
const labeledCount = (page: Page, n: number) => page.getByText(`${n} of 5 labeled`).waitFor();
const yourLabel = (page: Page) => page.getByLabel('Your label').innerText();
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

/** The sample's exported ratings (long format), each rater's labels sorted. */
async function exportedRatings(page: Page): Promise<Map<string, string[]>> {
  await page.getByText('Agreement so far').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export ratings (CSV)' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1);
  const byRater = new Map<string, string[]>();
  for (const [, rater, label] of lines.map((l) => l.split(','))) {
    if (rater && label) byRater.set(rater, [...(byRater.get(rater) ?? []), label].sort());
  }
  return byRater;
}

async function label(page: Page, key: string, next: number) {
  await page.keyboard.press(key);
  await atThread(page, next);
}

describe('a shared workstation: reviewers take turns in one tab', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test("each reviewer's undo undoes only their own labels of their sitting; every label of both is intact", async () => {
    const { page } = app;
    await waitForStudies(page);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await addReviewers(page, [
      ['Dr Ann Turner', 'AT'],
      ['Dr Bo Shift', 'BS'],
    ]);
    await page.getByRole('spinbutton', { name: 'Size (threads)' }).fill('5');
    await page.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText(/^Drew “Sample 1”/).waitFor();
    const samplesUrl = page.url();

    await page
      .getByRole('navigation', { name: /Who is working on Sample 1/ })
      .getByRole('link', { name: /Dr Bo Shift/ })
      .click();
    await page.getByText('Labeling as Dr Bo Shift').waitFor();
    const queueUrl = page.url();
    assert.equal(
      await page.getByRole('navigation', { name: 'Breadcrumb' }).count(),
      0,
      "the lead's navigation is hidden",
    );
    // A typed lead address is refused, after a reload too, and the way back is the queue.
    await page.goto(samplesUrl);
    await page.getByText("This page is closed during Dr Bo Shift's sitting.").waitFor();
    await page.reload();
    await page.getByText("This page is closed during Dr Bo Shift's sitting.").waitFor();
    assert.equal(await page.getByText('Agreement so far').count(), 0);
    await page.getByRole('link', { name: 'Back to the queue' }).click();
    await atThread(page, 1);
    assert.equal(page.url(), queueUrl);
    await label(page, '1', 2);
    await label(page, '2', 3);
    await takeTurn(page, 'Dr Ann Turner');
    await label(page, '3', 2);
    await label(page, '4', 3);

    // Bo is back: before the fix, this u deleted Bo's label on thread 2, the one Ann labeled last.
    await takeTurn(page, 'Dr Bo Shift');
    await atThread(page, 3);
    await page.keyboard.press('u');
    await status(page, 'Nothing to undo in this sitting.');
    await labeledCount(page, 2);
    await label(page, '5', 4);
    await page.keyboard.press('u');
    await status(page, `Undid ${CATEGORY[4]} on thread 3; nothing more to undo in this sitting.`);
    await atThread(page, 3);
    await labeledCount(page, 2);

    await takeTurn(page, 'Dr Ann Turner');
    await atThread(page, 3);
    await page.keyboard.press('u');
    await status(page, 'Nothing to undo in this sitting.');
    await labeledCount(page, 2);
    await label(page, '6', 4);
    await label(page, '7', 5);
    await page.keyboard.press('u');
    await status(page, `Undid ${CATEGORY[6]} on thread 4; u again undoes the one before.`);
    await labeledCount(page, 3);

    await endSitting(page);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    const who = page.getByRole('navigation', { name: /Who is working on Sample 1/ });
    await who.getByRole('link', { name: 'Dr Bo Shift (2/5)' }).waitFor();
    await who.getByRole('link', { name: 'Dr Ann Turner (3/5)' }).waitFor();
    const rows = await exportedRatings(page);
    assert.deepEqual(rows.get('Dr Bo Shift'), [CATEGORY[0], CATEGORY[1]].sort());
    assert.deepEqual(rows.get('Dr Ann Turner'), [CATEGORY[2], CATEGORY[3], CATEGORY[5]].sort());
    assert.deepEqual(app.pageErrors, []);
  });

  test('a note and a flag before the label are committed, survive a reload, come with the label and reach the decision view', async () => {
    const { page } = app;
    await takeTurn(page, 'Dr Ann Turner');
    await atThread(page, 4);
    const threadId = (
      await page
        .getByRole('heading', { name: /^Thread 4 of 5/ })
        .locator('.font-mono')
        .innerText()
    ).trim();
    await page.keyboard.press('f');
    await page.getByLabel('Your label').filter({ hasText: 'Not labeled yet · flagged' }).waitFor();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Note' }).fill('Two intents: email and schedule');
    await page.keyboard.press('Enter');
    await page.getByLabel('Your note').filter({ hasText: 'Two intents' }).waitFor();

    await page.reload();
    await atThread(page, 4);
    await page.getByLabel('Your note').filter({ hasText: 'Two intents' }).waitFor();
    assert.match(await yourLabel(page), /^Not labeled yet · flagged$/);
    await labeledCount(page, 3);

    await label(page, '1', 5);
    await labeledCount(page, 4);
    await page.keyboard.press('k');
    await atThread(page, 4);
    assert.equal(await yourLabel(page), `Your label: ${CATEGORY[0]} · flagged`);
    await page.getByLabel('Your note').filter({ hasText: 'Two intents' }).waitFor();

    await takeTurn(page, 'Dr Bo Shift');
    await label(page, '2', 4);
    await label(page, '3', 5);
    const decide = page.url().replace(/\/label\/.*$/, `/decide?thread=${encodeURIComponent(threadId)}`);
    await endSitting(page);
    await page.goto(decide);
    const ann = page.getByRole('table', { name: 'Labels given' }).getByRole('row', { name: /Dr Ann Turner/ });
    await ann.waitFor();
    assert.match(await ann.innerText(), new RegExp(`${CATEGORY[0]}\\s+Two intents: email and schedule\\s+Flagged`));
    assert.deepEqual(app.pageErrors, []);
  });

  test('Arabic and Hebrew prompts read right to left in the threads browser', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Studies' }).click();
    await page.getByRole('textbox', { name: 'New study name' }).fill('Right to left');
    await page.getByRole('button', { name: 'Create study' }).click();
    const csv = `thread_id,user_prompts\nRTL-AR,${ARABIC}\nRTL-HE,${HEBREW}\nLTR-EN,Write an email to radiology\n`;
    await page.getByLabel(/^File/).setInputFiles({ name: 'rtl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: /^Check \d+ rows/ }).click();
    await page.getByRole('button', { name: /^Import 3 valid threads$/ }).click();
    await page.getByText(/^Stored 3 threads/).waitFor();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Studies' }).click();
    await page.getByRole('link', { name: 'Right to left', exact: true }).click();
    const list = page.getByRole('listbox', { name: /Threads/ });
    const direction = (text: string, within = page.getByRole('article')) =>
      within.getByText(text, { exact: true }).evaluate((e) => getComputedStyle(e).direction);
    for (const [id, text, dir] of [
      ['RTL-AR', ARABIC, 'rtl'],
      ['RTL-HE', HEBREW, 'rtl'],
      ['LTR-EN', 'Write an email to radiology', 'ltr'],
    ] as const) {
      assert.equal(await direction(text, list), dir, `${id} in the list`);
      await list.getByRole('option', { name: new RegExp(id) }).click();
      await page.getByRole('heading', { name: new RegExp(`Thread ${id}`) }).waitFor();
      assert.equal(await direction(text), dir, `${id} in the thread view`);
    }
    assert.deepEqual(app.pageErrors, []);
  });
});
