import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, openApp, waitForStudies, type App } from './support/app';
import { candidatePagesUrl, confusionCellUrl, REVIEWERS } from './support/page-fixtures';
import { seriousViolations } from './support/axe';

interface AppPage {
  name: string;
  url: string;
  /** The tab title the page sets. */
  title: RegExp;
  /** Labeling and decisions are laid out by their own feature (issue #12's other part). */
  layoutMine: boolean;
}

const DESKTOP = { width: 1366, height: 850 };
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

/** Waits for the page's heading and for its loading messages to go. */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => ![...document.querySelectorAll('[role=status]')].some((e) => /^(Loading|Opening)/.test(e.textContent ?? '')),
  );
}

/** How far the page, or its scrolling main area, is wider than the window (0: no sideways scroll). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const root = document.documentElement;
    return Math.max(root.scrollWidth - root.clientWidth, main ? main.scrollWidth - main.clientWidth : 0);
  });
}

/** Runs `check` in each look axe checks: the light and the dark theme (the system's), desktop and phone; then light again. */
async function forEachLook(page: Page, check: (look: string, dark: boolean) => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await check(`${colorScheme} ${size.width}px`, colorScheme === 'dark');
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('accessibility: axe on every page, light and dark, desktop and phone; no sideways scrolling', () => {
  let app: App;
  const pages: AppPage[] = [];
  before(async () => {
    app = await openApp();
    const { page } = app;
    await waitForStudies(page);
    pages.push({ name: 'studies', url: page.url(), title: /^Studies · Concord$/, layoutMine: true });
    await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
    await addReviewers(page, [
      [REVIEWERS[0], 'AA'],
      [REVIEWERS[1], 'BB'],
    ]);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill('5');
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText(/^Drew “Sample 1”/).waitFor();
    const study = page.url().replace(/\/samples$/, '');
    pages.push(
      { name: 'threads', url: study, title: /^Threads · Demo study[^·]* · Concord$/, layoutMine: true },
      {
        name: 'thread with a search',
        url: `${study}/threads/T000001?q=the`,
        title: /^Thread T000001 · Demo study[^·]* · Concord$/,
        layoutMine: true,
      },
      { name: 'codebook', url: `${study}/codebook`, title: /^Codebook · Demo study[^·]* · Concord$/, layoutMine: true },
      { name: 'samples', url: `${study}/samples`, title: /^Samples · Demo study[^·]* · Concord$/, layoutMine: true },
      { name: 'import', url: `${study}/import`, title: /^Import · Demo study[^·]* · Concord$/, layoutMine: true },
      { name: 'report', url: `${study}/report`, title: /^Report · Demo study[^·]* · Concord$/, layoutMine: true },
      { name: 'exports', url: `${study}/exports`, title: /^Exports · Demo study[^·]* · Concord$/, layoutMine: true },
      { name: 'corpus', url: `${study}/corpus`, title: /^Corpus · Demo study[^·]* · Concord$/, layoutMine: false },
    );
    const labeling = page
      .getByRole('navigation', { name: /Who is working on Sample 1/ })
      .getByRole('link', { name: /Dr Ana Axe/ });
    pages.push({
      name: 'labeling',
      url: new URL((await labeling.getAttribute('href')) ?? '', app.url).href,
      title: /^Labeling 1\/5 · Sample 1 · Concord$/,
      layoutMine: false,
    });
    const decide = page.getByRole('link', { name: 'Disagreements of Sample 1' });
    pages.push({
      name: 'decisions',
      url: new URL((await decide.getAttribute('href')) ?? '', app.url).href,
      title: /^Disagreements \d\/5 final · Sample 1 · Concord$/,
      layoutMine: false,
    });
    pages.push({
      name: 'confusion cell',
      url: await confusionCellUrl(page, app),
      title: /^Gold .+ · Report · Demo study[^·]* · Concord$/,
      layoutMine: true,
    });
    const picks = await candidatePagesUrl(page, app, study);
    pages.push(
      {
        name: 'example candidates',
        url: `${study}/codebook/examples`,
        title: /^Example candidates · Demo study[^·]* · Concord$/,
        layoutMine: true,
      },
      {
        name: 'example picks',
        url: picks,
        title: new RegExp(`^Example picks · ${REVIEWERS[0]} · Demo study[^·]* · Concord$`),
        layoutMine: true,
      },
    );
  });
  after(async () => {
    await app?.close();
  });

  test("no serious or critical axe violation on any page, light and dark (the system's), desktop and phone", async () => {
    const { page } = app;
    const found: string[] = [];
    await forEachLook(page, async (look, dark) => {
      for (const p of pages) {
        await page.goto(p.url);
        await settle(page);
        assert.equal(
          await page.evaluate(() => document.documentElement.classList.contains('dark')),
          dark,
          `${p.name}: theme`,
        );
        for (const v of await seriousViolations(page)) found.push(`${p.name} ${look}: ${v}`);
      }
    });
    assert.deepEqual(found, []);
  });

  test("a candidate's Remove question: no serious or critical axe violation, light and dark, and no sideways scroll", async () => {
    const { page } = app;
    const found: string[] = [];
    await forEachLook(page, async (look) => {
      await page.goto(pages.find((p) => p.name === 'example candidates')!.url);
      await settle(page);
      await page.getByRole('button', { name: /^Remove “Write a Python script/ }).click();
      await page.getByRole('group', { name: /^Remove “Write a Python script/ }).waitFor({ timeout: 30_000 });
      for (const v of await seriousViolations(page)) found.push(`${look}: ${v}`);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) found.push(`${look}: ${overflow}px too wide`);
    });
    assert.deepEqual(found, []);
  });

  test('every page has breadcrumbs and sets its title', async () => {
    const { page } = app;
    await page.setViewportSize(DESKTOP);
    for (const p of pages) {
      await page.goto(p.url);
      await settle(page);
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
      assert.equal(await crumbs.first().innerText(), 'Studies', p.name);
      if (p.name !== 'studies') assert.match(await crumbs.nth(1).innerText(), /^Demo study/, p.name);
      await page.waitForFunction((source) => new RegExp(source).test(document.title), p.title.source);
    }
  });

  test('no page of the chrome scrolls sideways at 390, 768 or 1366 px', async () => {
    const { page } = app;
    const wide: string[] = [];
    for (const size of [PHONE, TABLET, DESKTOP]) {
      await page.setViewportSize(size);
      for (const p of pages.filter((x) => x.layoutMine)) {
        await page.goto(p.url);
        await settle(page);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) wide.push(`${p.name} at ${size.width}px: ${overflow}px too wide`);
      }
    }
    assert.deepEqual(wide, []);
  });

  test('on a phone the threads list is on the first screen, and the filters fold out', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await page.goto(pages.find((p) => p.name === 'threads')!.url);
    await settle(page);
    const list = page.getByRole('listbox', { name: /Threads/ });
    const top = (await list.boundingBox())!.y;
    assert.ok(top < PHONE.height - 200, `the list starts at ${top}px`);
    assert.equal(await page.getByRole('searchbox', { name: 'Search text' }).isVisible(), false);
    await page.getByRole('button', { name: 'Show filters' }).click();
    await page.getByRole('searchbox', { name: 'Search text' }).fill('email');
    await page.getByText(/^Showing (?!2,000 )[\d,]+ of 2,000 threads/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded'), 'true');
  });

  test("the codebook's Save bar stays in view while a long category is edited", async () => {
    const { page } = app;
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.goto(pages.find((p) => p.name === 'codebook')!.url);
      await settle(page);
      // At the top of the page the category's fields reach below the fold; further down, the table is above it.
      for (const where of ['top', 'examples']) {
        if (where === 'examples') await page.getByRole('textbox', { name: /^Examples of / }).scrollIntoViewIfNeeded();
        // Version 1 was used to label Sample 2, so the draft is version 2.
        const save = (await page.getByRole('button', { name: /^Save version \d+$/ }).boundingBox())!;
        assert.ok(save.y >= 0 && save.y + save.height <= size.height, `${size.width}px, ${where}: Save at ${save.y}px`);
      }
    }
  });

  test('the theme choice overrides the system, is remembered, and is set before the first render', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    await waitForStudies(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), true);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    // main.tsx sets the class when its module runs, which is before DOMContentLoaded and React's first render.
    await page.reload({ waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), true);
    await waitForStudies(page);
    assert.equal(await background(), dark);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), false);
    assert.notEqual(await background(), dark);
  });

  test('a keyboard focus ring is visible on controls', async () => {
    const { page } = app;
    await page.goto(app.url);
    await waitForStudies(page);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    assert.notEqual(outline.style, 'none');
    assert.equal(outline.width, '2px');
  });

  test('no request left the origin, and the page logged no error', async () => {
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(app.pageErrors, []);
  });
});
