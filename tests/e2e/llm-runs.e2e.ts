import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { defaultCodebook } from '../../src/domain/codebook/default-codebook';
import { DEMO_LLM_MODEL } from '../../src/domain/demo/llm-labels';
import { addReviewers, openApp, openStudies, type App } from './support/app';

const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
] as const;
const SIZE = 12;
const categoryOfKey = new Map(defaultCodebook().categories.map((c) => [c.key, c.name]));
/** Both reviewers press the same key on thread i, so every thread is final (unanimous): the gold labels. */
const keyOf = (i: number) => String((i % 4) + 1);
const goldOf = (i: number) => categoryOfKey.get(keyOf(i))!;
/** The second run: right on the first 8 threads, then Coding on the last 4. */
const secondRunLabel = (i: number) => (i < 8 ? goldOf(i) : 'Coding');

async function downloadFile(page: Page, click: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent('download');
  await click();
  return (await event).path();
}

async function samplesPage(page: Page, app: App) {
  await openStudies(page, app.url);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await page.getByRole('heading', { name: 'Draw a sample' }).waitFor();
}

describe('LLM runs compared: a second run imported, named, compared on the gold labels, and the numbers checked by the CLI', () => {
  let app: App;
  let study = '';
  let threadIds: string[] = [];
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('two reviewers label a 12-thread sample of the demo study alike, so every thread has a gold label', async () => {
    const { page } = app;
    await samplesPage(page, app);
    study = page.url().replace(/\/samples$/, '');
    await addReviewers(page, REVIEWERS);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SIZE));
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('5');
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText(`Drew “Sample 1”: ${SIZE} threads, seed 5.`).waitFor();
    const manifest = await downloadFile(page, () =>
      page.getByRole('button', { name: 'Export manifest (JSON)' }).click(),
    );
    threadIds = JSON.parse(readFileSync(manifest, 'utf8')).threadIds;
    for (const [name] of REVIEWERS) {
      await samplesPage(page, app);
      await page
        .getByRole('navigation', { name: /Who is working on Sample 1/ })
        .getByRole('link', { name: new RegExp(name) })
        .click();
      await page.getByText(`Labeling as ${name}`).waitFor();
      for (let i = 0; i < SIZE; i++) {
        await page.getByRole('heading', { name: new RegExp(`^Thread ${i + 1} of ${SIZE}`) }).waitFor();
        await page.keyboard.press(keyOf(i));
      }
      await page.getByText(`All ${SIZE} threads of this sample are labeled.`).waitFor();
    }
  });

  test('the lead imports a second run of LLM labels with its name, prompt and date', async () => {
    const { page } = app;
    await openStudies(page, app.url);
    await page.goto(`${study}/import`);
    await page.getByRole('radio', { name: /LLM labels for threads already imported/ }).check();
    const csv = ['thread_id,label,model', ...threadIds.map((id, i) => `${id},${secondRunLabel(i)},gpt-4o-mini`)].join(
      '\n',
    );
    await page
      .getByLabel(/^File/)
      .setInputFiles({ name: 'prompt-v2.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: `Check ${SIZE} rows` }).click();
    await page.getByRole('button', { name: `Import ${SIZE} valid LLM labels` }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Name of the model' }).inputValue(), 'gpt-4o-mini');
    await page.getByRole('textbox', { name: 'Name of the run' }).fill('Prompt v2');
    await page
      .getByRole('textbox', { name: 'Prompt or note' })
      .fill('Classify the thread with the definitions of codebook v1.');
    await page.getByRole('textbox', { name: 'Date of the run' }).fill('2026-11-30 09:15');
    await page.getByRole('button', { name: `Import ${SIZE} valid LLM labels` }).click();
    await page.getByText(`Stored 0 threads and ${SIZE} LLM labels.`).waitFor();
  });

  test('on the report the runs are listed, one renamed, and the two compared equal npm run compare-models on the exported files', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await page.getByRole('link', { name: 'Report of Sample 1' }).click();
    const runs = page.getByRole('table', { name: 'LLM runs of the study' });
    await runs.waitFor({ timeout: 60_000 });
    const runRow = (name: string) =>
      runs.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    assert.deepEqual((await runRow('Prompt v2').getByRole('cell').allInnerTexts()).slice(0, 3), [
      'gpt-4o-mini',
      '2026-11-30 09:15',
      'Classify the thread with the definitions of codebook v1.',
    ]);
    assert.match((await runRow('Prompt v2').getByRole('cell').allInnerTexts())[3]!, /^12\n/);

    await runs.getByRole('button', { name: `Edit the run ${DEMO_LLM_MODEL}` }).click();
    const editor = page.getByRole('form', { name: `Edit the run ${DEMO_LLM_MODEL}` });
    await editor.getByRole('textbox', { name: 'Name of the run' }).fill('Demo prompt');
    await editor.getByRole('button', { name: 'Save the run' }).click();
    await runRow('Demo prompt').waitFor();

    const stats = page.getByRole('table', { name: 'The two runs against the gold labels' });
    await stats.getByRole('rowheader', { name: 'Accuracy, Demo prompt' }).waitFor({ timeout: 60_000 });
    // By default the latest run first, against the one imported before it.
    const shown = (name: string) =>
      page.getByRole('combobox', { name }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
    assert.deepEqual(
      [await shown('First run'), await shown('Second run')],
      ['Prompt v2 (gpt-4o-mini), 2026-11-30 09:15', `Demo prompt (${DEMO_LLM_MODEL})`],
    );
    const cell = async (table: string, row: string) =>
      (
        await page
          .getByRole('table', { name: table })
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
          .getByRole('cell')
          .allInnerTexts()
      )[0]!;

    const runsFile = await downloadFile(page, () =>
      page.getByRole('button', { name: 'Export the two runs’ labels (CSV)' }).click(),
    );
    const goldFile = await downloadFile(page, () =>
      page.getByRole('button', { name: 'Export gold labels for npm run compare-models (CSV)' }).click(),
    );
    const tableFile = await downloadFile(page, () =>
      page.getByRole('button', { name: 'Download the comparison table (CSV)' }).click(),
    );
    const cli = JSON.parse(
      execFileSync(
        'npm',
        ['run', '--silent', 'compare-models', '--', runsFile, '--gold', goldFile, '--models', 'Prompt v2,Demo prompt'],
        { encoding: 'utf8' },
      ),
    );
    assert.equal(cli.items, SIZE);
    assert.deepEqual(
      cli.models.map((m: { rater: string }) => m.rater),
      ['Prompt v2', 'Demo prompt'],
    );
    assert.equal(cli.models[0].accuracy, 8 / 12);
    for (const m of cli.models as { rater: string; accuracy: number; macroF1: number }[]) {
      assert.equal(
        await cell('The two runs against the gold labels', `Accuracy, ${m.rater}`),
        m.accuracy.toFixed(3),
        m.rater,
      );
      assert.equal(
        await cell('The two runs against the gold labels', `Macro F1, ${m.rater}`),
        m.macroF1.toFixed(3),
        m.rater,
      );
    }
    const { onlyFirstCorrect: b, onlySecondCorrect: c, p } = cli.mcnemar;
    assert.equal(await cell('Exact McNemar test', 'b (only Prompt v2 correct)'), String(b));
    assert.equal(await cell('Exact McNemar test', 'c (only Demo prompt correct)'), String(c));
    assert.equal(await cell('Exact McNemar test', 'p (two-sided)'), p < 0.001 ? '< 0.001' : p.toFixed(3));
    const diff = cli.macroF1Difference;
    const [, , bootstrap] = await page
      .getByRole('table', { name: 'The two runs against the gold labels' })
      .getByRole('row')
      .filter({
        has: page.getByRole('rowheader', { name: 'Macro F1 difference (Prompt v2 minus Demo prompt)', exact: true }),
      })
      .getByRole('cell')
      .allInnerTexts();
    assert.equal(bootstrap, `${diff.bootstrap.lower.toFixed(3)} to ${diff.bootstrap.upper.toFixed(3)}`);
    assert.match(readFileSync(tableFile, 'utf8'), new RegExp(`\nmcnemar_p,,,${p},`));

    const methods = await page.getByLabel('Methods paragraph').innerText();
    assert.match(
      methods,
      new RegExp(
        `Two LLM runs were compared on the ${SIZE} threads .*“Prompt v2” \\(gpt-4o-mini\\) had accuracy ${(8 / 12).toFixed(3)}`,
      ),
    );
    assert.deepEqual(app.pageErrors, []);
  });
});
