import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, openApp, openStudies, waitForStudies, type App } from './support/app';

const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
  ['Dr Chen Li', 'CL'],
] as const;

/** Everything on screen that is not the codebook and not the thread's own prompts. */
async function screenOutsideCodebookAndPrompts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[aria-label="Codebook"], [aria-label="Prompts"]').forEach((e) => e.remove());
    return clone.innerText;
  });
}

async function openQueue(page: Page, app: App, reviewer: string) {
  await openStudies(page, app.url);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  const link = page
    .getByRole('navigation', { name: /Who is working on Sample 1/ })
    .getByRole('link', { name: new RegExp(reviewer) });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByText(`Labeling as ${reviewer}`).waitFor();
}

async function expectThread(page: Page, position: number) {
  await page.getByRole('heading', { name: new RegExp(`^Thread ${position} of 20`) }).waitFor();
}

describe('the reviewer loop: a sample, three blind reviewers on the keyboard', () => {
  let app: App;
  let sampleIds: string[] = [];
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('the lead adds three reviewers and draws a 20-thread sample whose manifest matches it', async () => {
    const { page } = app;
    await waitForStudies(page);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await addReviewers(page, REVIEWERS);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill('20');
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('7');
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText('Drew “Sample 1”: 20 threads, seed 7.').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export manifest (JSON)' }).click();
    const manifest = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(manifest.format, 'concord-sample-manifest');
    assert.equal(manifest.seed, 7);
    assert.equal(manifest.threadIds.length, 20);
    assert.equal(manifest.reviewerIds.length, 3);
    assert.equal(manifest.filters.frequentOnly, true);
    sampleIds = manifest.threadIds;
  });

  test('reviewer 1 labels with keys, Other with a suggestion, a note, undo; a reload loses nothing', async () => {
    const { page } = app;
    await openQueue(page, app, 'Dr Ada Reyes');
    await expectThread(page, 1);
    await page.keyboard.press('1');
    await expectThread(page, 2);
    await page.keyboard.press('o');
    await page.getByRole('textbox', { name: 'Suggested descriptive name' }).fill('Badge and parking questions');
    await page.keyboard.press('Enter');
    await expectThread(page, 3);
    await page.keyboard.press('2');
    await expectThread(page, 4);
    await page.keyboard.press('u');
    await expectThread(page, 3);
    await page.getByText('Not labeled yet').waitFor();
    await page.keyboard.press('3');
    await expectThread(page, 4);
    await page.keyboard.press('k');
    await expectThread(page, 3);
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Note' }).fill('Two intents: email and schedule');
    await page.keyboard.press('Enter');
    await page.getByLabel('Your note').getByText('Two intents').waitFor();
    await page.keyboard.press('j');
    await expectThread(page, 4);
    for (let i = 4; i <= 10; i++) await labelAndWait(page, '1', i);

    await page.reload();
    await expectThread(page, 11);
    await page.getByText('10 of 20 labeled').waitFor();
    for (let i = 11; i <= 20; i++) await labelAndWait(page, String((i % 9) + 1), i);
    await page.getByText('All 20 threads of this sample are labeled.').waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByText('Undo the last label').waitFor();
    await page.keyboard.press('Escape');
  });

  test("the lead may show the LLM's label to a reviewer who has finished, and only then", async () => {
    const { page } = app;
    await openStudies(page, app.url);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await page
      .getByRole('checkbox', { name: /Show reviewers the LLM's label once they have labeled every thread/ })
      .check();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await openQueue(page, app, 'Dr Ada Reyes');
    await page.keyboard.press('k');
    await page.getByLabel("The LLM's label").waitFor();
  });

  test("reviewers 2 and 3 never see another reviewer's label nor the LLM's", async () => {
    const { page } = app;
    for (const [name] of REVIEWERS.slice(1)) {
      await openQueue(page, app, name);
      for (let i = 1; i <= 20; i++) {
        await expectThread(page, i);
        await page.getByText('Not labeled yet').waitFor();
        const visible = await screenOutsideCodebookAndPrompts(page);
        assert.doesNotMatch(visible, /LLM|gpt-4o|Badge and parking|Two intents|Dr Ada Reyes/);
        await page.keyboard.press(i % 4 === 0 ? '2' : '1');
      }
      await page.getByText('All 20 threads of this sample are labeled.').waitFor();
    }
    await openStudies(page, app.url);
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    const who = page.getByRole('navigation', { name: /Who is working on Sample 1/ });
    for (const [name] of REVIEWERS) await who.getByRole('link', { name: `${name} (20/20)` }).waitFor();
    assert.equal(sampleIds.length, 20);
  });

  test("the app's agreement numbers are exactly those of npm run agreement on the exported ratings", async () => {
    const { page } = app;
    await page.getByText('Agreement so far').click();
    const table = page.getByRole('table', { name: /20 threads, reviewers/ });
    await table.waitFor();
    const shown = async (name: string | RegExp) =>
      (await table.getByRole('row', { name }).getByRole('cell').first().innerText()).trim();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export ratings (CSV)' }).click();
    const file = await (await download).path();
    const cli = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/agreement.ts', file], { encoding: 'utf8' }));
    assert.equal(cli.items, 20);
    assert.deepEqual(
      cli.raters,
      REVIEWERS.map(([n]) => n),
    );
    const fmt = (x: number | null) => (x === null ? null : x.toFixed(3));
    assert.equal(await shown(/^Percent agreement/), fmt(cli.percentAgreement));
    assert.equal(await shown(/^Fleiss' kappa/), fmt(cli.fleiss.kappa));
    assert.equal(await shown(/^Krippendorff's alpha/), fmt(cli.krippendorff.alpha));
    for (const pair of cli.cohen) assert.equal(await shown(`Cohen's kappa, ${pair.a} – ${pair.b}`), fmt(pair.kappa));

    await page.getByRole('button', { name: 'Bootstrap intervals' }).click();
    await page.getByRole('table', { name: /percentile bootstrap, 1,000 resamples, seed 1/ }).waitFor();
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(app.pageErrors, []);
  });
});

async function labelAndWait(page: Page, key: string, position: number) {
  await page.keyboard.press(key);
  if (position < 20) await expectThread(page, position + 1);
}
