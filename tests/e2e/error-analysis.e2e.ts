import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, openApp, openStudies, type App } from './support/app';
import { seriousViolations } from './support/axe';

const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
] as const;
const SIZE = 8;
const SUGGESTION = 'Badge printing';

async function samplesPage(page: Page, app: App) {
  await openStudies(page, app.url);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await page.getByRole('heading', { name: 'Draw a sample' }).waitFor();
}

/** Keyboard only: Tab until the focused element has this accessible name (aria-label or text). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    );
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached "${name}"`);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const threadHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Thread / });

describe('error analysis: from the report, the threads behind a confusion-matrix cell, by keyboard', () => {
  let app: App;
  /** The matrix's cell links in reading order: "2 threads: gold X, LLM Y". */
  let cells: string[] = [];
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('two reviewers label an 8-thread sample: the first two Other with a name, the rest Email', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await addReviewers(page, REVIEWERS);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SIZE));
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('3');
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText(`Drew “Sample 1”: ${SIZE} threads, seed 3.`).waitFor();
    for (const [name] of REVIEWERS) {
      await samplesPage(page, app);
      const link = page
        .getByRole('navigation', { name: /Who is working on Sample 1/ })
        .getByRole('link', { name: new RegExp(name) });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByText(`Labeling as ${name}`).waitFor();
      for (let i = 1; i <= SIZE; i++) {
        await page.getByRole('heading', { name: new RegExp(`^Thread ${i} of ${SIZE}`) }).waitFor();
        if (i <= 2) {
          await page.keyboard.press('o');
          await page.getByRole('textbox', { name: 'Suggested descriptive name' }).fill(SUGGESTION);
          await page.keyboard.press('Enter');
          continue;
        }
        await page.keyboard.press('1');
      }
      await page.getByText(`All ${SIZE} threads of this sample are labeled.`).waitFor();
    }
  });

  test("the report's confusion matrix links each non-empty cell; one opens by keyboard, j/k read its threads", async () => {
    const { page } = app;
    await samplesPage(page, app);
    await page.getByRole('link', { name: 'Report of Sample 1' }).click();
    const list = page.getByRole('list', { name: 'Threads behind each cell' });
    await list.getByRole('link').first().waitFor({ timeout: 30_000 });
    cells = await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')!));
    const count = (label: string) => Number(label.split(' ')[0]);
    assert.equal(
      cells.reduce((sum, c) => sum + count(c), 0),
      SIZE,
      'every thread has a gold label (unanimous) and an LLM label',
    );
    assert.ok(
      cells.every((c) => /^\d+ threads?: gold (Email & Document Writing|Other), LLM .+$/.test(c)),
      cells.join(' | '),
    );
    const widest = cells.reduce((best, c) => (count(c) > count(best) ? c : best));
    assert.ok(count(widest) >= 2, `a cell with two threads or more: ${cells.join(' | ')}`);
    assert.deepEqual(await seriousViolations(page), []);

    await page.locator('body').focus();
    await tabTo(page, widest);
    await page.keyboard.press('Enter');
    const [, gold, llm] = /gold (.+), LLM (.+)$/.exec(widest)!;
    await h1(page).getByText(`Gold ${gold}, LLM ${llm}`).waitFor();
    assert.match(page.url(), /\/report\/cell\?.*samples=/);
    await page.waitForFunction(() => /^Gold .+ · Report · Demo study[^·]* · Concord$/.test(document.title));
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    assert.deepEqual((await crumbs.allInnerTexts()).slice(2), ['Report', 'Confusion cell']);
    assert.match((await crumbs.nth(2).getAttribute('href')) ?? '', /\/report\?samples=/);

    const threads = await page
      .getByRole('navigation', { name: 'Threads of this cell' })
      .getByRole('link')
      .allInnerTexts();
    assert.equal(threads.length, count(widest));
    await threadHeading(page).getByText(threads[0]!).waitFor();
    await page.keyboard.press('j');
    await threadHeading(page).getByText(threads[1]!).waitFor();
    await page.getByText(`Thread 2 of ${threads.length}`).waitFor();
    await page.keyboard.press('k');
    await threadHeading(page).getByText(threads[0]!).waitFor();
    await page.keyboard.press('t');
    const prompts = page.getByRole('list', { name: 'Prompts' });
    await prompts.waitFor();
    assert.equal(await prompts.locator('p').first().getAttribute('dir'), 'auto');
    assert.deepEqual(await seriousViolations(page), []);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of [
      'Next thread of this cell',
      'Previous thread of this cell',
      'Next cell with threads',
      'Previous cell with threads',
    ]) {
      await help.getByText(text, { exact: false }).waitFor();
    }
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  test("] and [ move through the non-empty cells in the matrix order; the Other cells show the reviewers' suggestions", async () => {
    const { page } = app;
    const name = (cell: string) => {
      const [, g, l] = /gold (.+), LLM (.+)$/.exec(cell)!;
      return `Gold ${g}, LLM ${l}`;
    };
    let h1Text = await h1(page).innerText();
    let index = cells.findIndex((c) => name(c) === h1Text);
    assert.ok(index >= 0, h1Text);
    while (index < cells.length - 1 && !h1Text.startsWith('Gold Other')) {
      await page.keyboard.press(']');
      index += 1;
      await h1(page).getByText(name(cells[index]!)).waitFor();
      h1Text = await h1(page).innerText();
    }
    assert.match(h1Text, /^Gold Other/);
    const votes = page.getByRole('table', { name: "Reviewers' labels" });
    assert.equal(await votes.getByRole('cell', { name: SUGGESTION }).count(), 2);
    await page.keyboard.press('[');
    await h1(page)
      .getByText(name(cells[index - 1]!))
      .waitFor();
  });
});
