import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { waitForStudies } from './support/app';
import { CHROMIUM, CHROMIUM_ARGS } from './support/browser';
import { startPreviewServer } from './support/server';

/**
 * A file as a European hospital exports it: day-first dates with dots that could be read either
 * way, a record with a line break in quotes (rows and lines part), a date of N/A and an empty
 * user, a second export pasted below the first with its header, an Excel serial, and a quote
 * left open in the middle.
 */
const HOSPITAL_CSV =
  [
    'thread_id,user_prompts,user_id,department,created_at',
    'H-1,"Draft a letter to the parents',
    'over two lines",u1,Cardiology,03.06.2024 14:05',
    'H-2,Summarise this policy,u2,Cardiology,04.06.2024 9:30',
    'H-3,No date on this one,,Oncology,N/A',
    'thread_id,user_prompts,user_id,department,created_at',
    'H-4,From the second export,u3,Oncology,45400.5',
    'H-5,"A quote left open,u4,Oncology,05.06.2024 10:00',
    'H-6,Read again after the broken row,u5,Oncology,07.06.2024 11:00',
  ].join('\r\n') + '\r\n';

async function importHospitalFile(page: Page, url: string, studyName: string): Promise<string> {
  await page.goto(url);
  await waitForStudies(page);
  await page.getByRole('textbox', { name: 'New study name' }).fill(studyName);
  await page.getByRole('button', { name: 'Create study' }).click();
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: 'hospital.csv', mimeType: 'text/csv', buffer: Buffer.from(HOSPITAL_CSV, 'utf8') });
  await page.getByRole('heading', { name: /2\. Match the columns of hospital\.csv/ }).waitFor();

  const notes = await page.getByRole('list', { name: 'Notes on reading the file' }).innerText();
  assert.match(notes, /The header row appears again in row 5 \(line 6\) \(files pasted together\?\); skipped/);
  const choice = page.getByRole('group', { name: 'Date order of “created_at”' });
  const check = page.getByRole('button', { name: /^Check \d+ rows/ });
  assert.equal(await check.isDisabled(), true);
  const dayFirst = choice.getByRole('radio', { name: 'Day first' });
  assert.match(
    await choice.innerText(),
    /03\.06\.2024 14:05 → 2024-06-03 14:05; 04\.06\.2024 9:30 → 2024-06-04 09:30; 07\.06\.2024 11:00 → 2024-06-07 11:00/,
  );
  assert.match(await choice.innerText(), /03\.06\.2024 14:05 → 2024-03-06 14:05/);
  await dayFirst.check();
  await check.click();

  const report = await page.getByRole('table', { name: 'Problems by row' }).innerText();
  for (const expected of [
    /^4 \(line 5\)\tuser_id\twarning\tRow 4 \(line 5\): the user id is empty; the thread counts for no user\./m,
    /^4 \(line 5\)\tcreated_at\twarning\tRow 4 \(line 5\): "N\/A" is no date; the thread is imported without a date\./m,
    /^6 \(line 7\)\tcreated_at\twarning\tThe date column holds Excel serial numbers in row 6 \(line 7\); they are read as Excel dates \(1900 date system, e\.g\. 45400\.5 -> 2024-04-18 12:00\)/m,
    /^7 \(line 8\)\t\tnot imported\tRow 7 \(line 8\): a quote opened in this row is never closed, so the row is not imported\. Reading went on from the next line, where the file is in step again/m,
  ])
    assert.match(report, expected);
  assert.doesNotMatch(report, /thread_id|unknown/i);
  await page.getByRole('button', { name: 'Import 5 valid threads' }).click();
  await page.getByText('Stored 5 threads and 0 LLM labels.').waitFor();
  return page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
}

async function createdOf(page: Page, threadId: string): Promise<string> {
  await page
    .getByRole('listbox', { name: /Threads/ })
    .getByRole('option', { name: new RegExp(threadId) })
    .click();
  const detail = page.getByRole('article');
  await detail.getByRole('heading', { name: `Thread ${threadId}` }).waitFor();
  return detail.locator('dt:text-is("Created") + dd').innerText();
}

describe('hospital files: day-first dates, repeated headers, open quotes, wall-clock times in any zone', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  before(async () => {
    server = await startPreviewServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser.close();
    await server.close();
  });

  for (const zone of ['America/New_York', 'Asia/Tokyo']) {
    test(`in ${zone}: dates are stored and shown as the file wrote them, never shifted`, async () => {
      const context = await browser.newContext({ timezoneId: zone, viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      assert.equal(await importHospitalFile(page, server.url, `Hospital ${zone}`), zone);

      await page.getByRole('link', { name: 'Browse the threads' }).click();
      await page.getByText('Showing 5 of 5 threads').waitFor();
      assert.equal(await createdOf(page, 'H-1'), '2024-06-03 14:05');
      assert.equal(await createdOf(page, 'H-2'), '2024-06-04 09:30');
      assert.equal(await createdOf(page, 'H-3'), '—');
      assert.equal(await createdOf(page, 'H-4'), '2024-04-18 12:00');
      assert.equal(await createdOf(page, 'H-6'), '2024-06-07 11:00');
      assert.equal(
        await page
          .getByRole('listbox', { name: /Threads/ })
          .getByRole('option', { name: /H-5/ })
          .count(),
        0,
      );
      await page.reload();
      assert.equal(await createdOf(page, 'H-1'), '2024-06-03 14:05');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
