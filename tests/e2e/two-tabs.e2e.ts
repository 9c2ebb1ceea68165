import { after, before, test } from 'node:test';
import { addReviewers, openApp, waitForStudies, type App } from './support/app';

let app: App;
before(async () => {
  app = await openApp();
});
after(async () => {
  await app?.close();
});

test('two tabs of one reviewer stay consistent: a label made in one appears in the other', async () => {
  const { page, browser } = app;
  await waitForStudies(page);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await addReviewers(page, [
    ['Dr Tab One', 'T1'],
    ['Dr Tab Two', 'T2'],
  ]);
  await page.getByRole('spinbutton', { name: 'Size (threads)' }).fill('5');
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(/^Drew “Sample 1”/).waitFor();
  await page.getByRole('link', { name: 'Dr Tab One (0/5)' }).click();
  await page.getByText('Labeling as Dr Tab One').waitFor();

  const other = await browser.context.newPage();
  await other.goto(page.url());
  await other.getByText('0 of 5 labeled').waitFor();

  await page.bringToFront();
  await page.keyboard.press('1');
  await page.getByText('1 of 5 labeled').waitFor();
  await other.getByText('1 of 5 labeled').waitFor();
  await other.getByRole('heading', { name: /^Thread 2 of 5/ }).waitFor();
});
