import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { addReviewers, openApp, openStudies, type App } from './support/app';

const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
] as const;
const CANDIDATES = [
  'Write a SQL query that counts visits per clinic, by month',
  'Why does my Excel macro stop at row 1000?',
  'Fix this Python script that renames scanned referral PDFs',
  'Explain what this regular expression matches: ^\\d{3}-\\d{4}$',
  'Convert this R code that plots wait times to Python',
];
const PICKS: Record<string, number[]> = { 'Dr Ada Reyes': [0, 1, 2], 'Dr Ben Okafor': [0, 2, 3] };
const TAKEN = [0, 2, 3];
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const CSV = ['category,text', ...CANDIDATES.map((c) => `Coding,${csvCell(c)}`)].join('\n');

async function studyLink(page: Page, app: App, name: RegExp) {
  await openStudies(page, app.url);
  await page.getByRole('link', { name }).click();
}

async function candidatesPage(page: Page, app: App) {
  await studyLink(page, app, /^Codebook of Demo study/);
  await page.getByRole('link', { name: 'Example candidates' }).click();
  await page.getByRole('heading', { name: 'Example candidates', level: 1 }).waitFor();
}

describe('example candidates: the lead imports them, two reviewers pick blind, the lead takes three into a new version', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('the lead adds two reviewers and imports five candidates of Coding; a bad file is refused naming its row', async () => {
    const { page } = app;
    await studyLink(page, app, /^Samples of Demo study/);
    await page.getByRole('heading', { name: 'Draw a sample' }).waitFor();
    await addReviewers(page, REVIEWERS);
    await candidatesPage(page, app);
    const input = page.getByLabel(/^Candidates file/);
    await input.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('category,text\nRecipes,Cook\n'),
    });
    await page
      .getByRole('list', { name: 'Problems in the candidates file' })
      .getByText('bad.csv, row 2: the codebook has no category "Recipes".')
      .waitFor();
    await input.setInputFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByText('Added 5 candidates.').waitFor();
    assert.equal(
      await page.getByRole('table', { name: 'Picks for Coding' }).getByRole('row').count(),
      1 + CANDIDATES.length,
    );
  });

  test("each reviewer picks three by keyboard and never sees the other one's picks", async () => {
    const { page } = app;
    for (const [name] of REVIEWERS) {
      await candidatesPage(page, app);
      await page.getByRole('link', { name: `Pick as ${name}` }).click();
      await page.getByRole('heading', { name: `Example picks: ${name}` }).waitFor();
      assert.match(await page.title(), new RegExp(`^Example picks · ${name} · Demo study`));
      const group = page.getByRole('group', { name: /^Coding/ });
      // Blind: the first reviewer's picks are not ticked on the second one's page.
      assert.equal(await group.getByRole('checkbox', { checked: true }).count(), 0);
      for (const [n, i] of PICKS[name]!.entries()) {
        await group.getByRole('checkbox', { name: CANDIDATES[i] }).focus();
        await page.keyboard.press('Space');
        await page.getByRole('group', { name: `Coding (${n + 1} of 3 picked)` }).waitFor();
      }
      const unpicked = CANDIDATES.findIndex((_, i) => !PICKS[name]!.includes(i));
      assert.equal(await group.getByRole('checkbox', { name: CANDIDATES[unpicked] }).isDisabled(), true);
    }
  });

  test('the lead sees both picks side by side, takes three into the next version, and the audit CSV shows it', async () => {
    const { page } = app;
    await candidatesPage(page, app);
    const table = page.getByRole('table', { name: 'Picks for Coding' });
    const agreed = table.getByRole('row').filter({ hasText: '✓ agreed' });
    assert.deepEqual(
      (await agreed.allTextContents()).map((t) => CANDIDATES.findIndex((c) => t.includes(c))),
      [0, 2],
    );
    for (const i of TAKEN)
      await table
        .getByRole('row')
        .filter({ hasText: CANDIDATES[i] })
        .getByRole('checkbox', { name: /^Take “/ })
        .check();
    const take = page.getByRole('button', { name: /^Take 3 examples of Coding into version \d+$/ });
    const version = Number((await take.textContent())!.match(/version (\d+)/)![1]);
    await take.click();
    await page.getByText(`Version ${version} holds the new examples of Coding.`).waitFor();
    await page
      .getByText(`Examples in version ${version}: ${TAKEN.map((i) => `“${CANDIDATES[i]}”`).join(', ')}`)
      .waitFor();

    await studyLink(page, app, /^Exports of Demo study/);
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Audit log (CSV)' }).click();
    const audit = Papa.parse<Record<string, string>>(readFileSync(await (await event).path(), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const taken = audit.filter((e) => e.action === 'codebook.examples-taken');
    assert.equal(taken.length, 1);
    assert.equal(taken[0]!.subject, `v${version} Coding`);
    assert.equal(taken[0]!.to, TAKEN.map((i) => CANDIDATES[i]).join(' | '));
    assert.match(
      taken[0]!.why!,
      /^candidates c1 \(picked by Dr Ada Reyes and Dr Ben Okafor\), c3 \(picked by Dr Ada Reyes and Dr Ben Okafor\), c4 \(picked by Dr Ben Okafor\)$/,
    );
    assert.ok(audit.some((e) => e.action === 'example-candidates.added' && e.subject === 'candidates.csv'));
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});
