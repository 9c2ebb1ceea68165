import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openApp, waitForStudies, type App } from './support/app';
import { messyCsv } from './support/messy-csv';

describe('foundation: demo study, import, reload, delete', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  test('the first run lands on the demo study, and threads open as text', async () => {
    const { page } = app;
    await waitForStudies(page);
    await page.getByRole('link', { name: /^Demo study/ }).click();
    await page.getByText('Showing 2,000 of 2,000 threads').waitFor();
    const list = page.getByRole('listbox', { name: /Threads/ });
    await list.getByRole('option').first().click();
    await page.getByRole('heading', { name: /Thread T000001/ }).waitFor();
    await list.press('ArrowDown');
    await page.getByRole('heading', { name: /Thread T000002/ }).waitFor();
  });

  test('a messy CSV: every problem reported by row, valid rows imported, all there after a reload', async () => {
    const { page } = app;
    await page.goto(app.url);
    await waitForStudies(page);
    await page.getByRole('textbox', { name: 'New study name' }).fill('Messy import');
    await page.getByRole('button', { name: 'Create study' }).click();
    await page.getByRole('heading', { name: '1. Choose a file' }).waitFor();
    await page.getByLabel(/^File/).setInputFiles({ name: 'messy.csv', mimeType: 'text/csv', buffer: messyCsv() });
    await page.getByRole('heading', { name: /2\. Match the columns of messy\.csv/ }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: /thread id/ }).inputValue(), 'Thread ID');
    assert.equal(await page.getByRole('combobox', { name: /^text/ }).inputValue(), 'User Prompts');
    await page.getByRole('button', { name: /^Check \d+ rows/ }).click();

    const report = page.getByRole('table', { name: 'Problems by row' });
    await report.waitFor();
    const text = await report.innerText();
    for (const expected of [
      /^3 \(line 4\)\t.*already used in row 2/m,
      /^4 \(line 5\)\t.*no text/m,
      /^5 \(line 6\)\t.*has 6 fields/m,
      /^6 \(line 7\)\t.*warning.*not a date.*imported without a date/m,
      /^7 \(line 8\)\t.*"Emails" is not a codebook category/m,
      /^10 \(line 11\)\t.*never closed/m,
    ]) {
      assert.match(text, expected);
    }
    await page.getByRole('combobox', { name: 'Map the label Emails' }).selectOption('Email & Document Writing');
    await page.getByRole('button', { name: /^Import 5 valid threads$/ }).waitFor();
    await page.getByRole('textbox', { name: /Name of the model/ }).fill('gpt-4o-test');
    await page.getByRole('button', { name: /^Import 5 valid threads$/ }).click();
    await page.getByText('Stored 5 threads and 5 LLM labels.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Import into Messy import' }).waitFor();
    await page.getByRole('link', { name: 'Studies' }).click();
    await page.getByRole('link', { name: 'Messy import', exact: true }).click();
    await page.getByText('Showing 5 of 5 threads').waitFor();
  });

  test('thread text that looks like markup is shown as text and never runs', async () => {
    const { page } = app;
    await page
      .getByRole('listbox', { name: /Threads/ })
      .getByRole('option', { name: /X-1/ })
      .click();
    const detail = page.getByRole('article');
    await detail.getByText('<img src=x onerror=alert(1)>').waitFor();
    assert.equal(await detail.locator('img').count(), 0);
    assert.deepEqual(app.dialogs, []);
    const long = page.getByRole('listbox', { name: /Threads/ }).getByRole('option', { name: /LONG-1/ });
    await long.click();
    await page.getByText('45,000 characters in 1 prompt').waitFor();
  });

  test('deleting a study removes every record and says how many', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Delete study Messy import' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete study' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Deleted “Messy import”' });
    await status.waitFor();
    assert.match(await status.innerText(), /5 threads, 5 LLM labels, 1 LLM run, 1 codebook version/);
    assert.equal(await page.getByRole('link', { name: 'Messy import', exact: true }).count(), 0);
  });

  test('no request left the origin, and the page logged no error', async () => {
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(app.pageErrors, []);
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /default-src 'self'/);
    assert.match(csp ?? '', /connect-src 'self'/);
  });
});
