import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, openApp, openStudies, type App } from './support/app';

const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
  ['Dr Chen Li', 'CL'],
] as const;
const SIZE = 6;

interface Manifest {
  threadIds: string[];
  reviewerIds: string[];
  assignment: {
    algorithm: string;
    reviewersPerThread: number;
    threads: { threadId: string; reviewerIds: string[] }[];
  } | null;
}

async function samplesPage(page: Page, app: App) {
  await openStudies(page, app.url);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await page.getByRole('heading', { name: 'Draw a sample' }).waitFor();
}

describe('three reviewers, each thread labeled by two: the one who did not label a thread adjudicates it', () => {
  let app: App;
  let manifest: Manifest;
  /** Reviewer name → reviewer id, read from the labeling links. */
  const idOf = new Map<string, string>();
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  const threadsOf = (reviewerId: string) =>
    manifest.assignment!.threads.filter((t) => t.reviewerIds.includes(reviewerId)).map((t) => t.threadId);
  const disputed = () => manifest.assignment!.threads[0]!;

  test('the lead sees the live count, then draws a 2-of-3 sample; the manifest records who labels each thread', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await addReviewers(page, REVIEWERS);
    const form = page.getByRole('form', { name: 'Draw a sample' });
    const count = form.getByRole('status', { name: 'Threads the filters leave' });
    await count.getByText(/^[\d,]+ threads of 2,000 can be drawn with these filters\.$/).waitFor();
    const left = Number((await count.innerText()).split(' ')[0]!.replace(/,/g, ''));
    assert.ok(left > SIZE && left < 2000, 'frequent users only leaves some of the demo threads');
    // One more than the filters leave: the form names the filter (no earlier sample is excluded yet).
    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(left + 1));
    await form
      .getByRole('list', { name: 'Sample settings problems' })
      .getByText(
        `"Frequent users only" (more than 5 threads) leaves ${left.toLocaleString('en-US')} threads, fewer than the sample size of ${(left + 1).toLocaleString('en-US')}.`,
      )
      .waitFor();
    assert.equal(await form.getByRole('button', { name: 'Draw sample' }).isDisabled(), true);

    await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SIZE));
    await form.getByRole('spinbutton', { name: 'Seed' }).fill('5');
    await form
      .getByRole('combobox', { name: 'Who labels each thread' })
      .selectOption({ label: 'Each thread by 2 of the 3 reviewers (balanced, seeded)' });
    await form.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByText(`Drew “Sample 1”: ${SIZE} threads, seed 5.`).waitFor();
    await page.getByText('each thread by 2 of 3 reviewers').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export manifest (JSON)' }).click();
    manifest = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Manifest;
    assert.equal(manifest.assignment?.algorithm, 'concord-k-of-n-v1');
    assert.deepEqual(
      manifest.assignment.threads.map((t) => t.threadId),
      manifest.threadIds,
    );
    for (const t of manifest.assignment.threads) assert.equal(new Set(t.reviewerIds).size, 2);

    const who = page.getByRole('navigation', { name: /Who is working on Sample 1/ });
    for (const [name] of REVIEWERS) {
      const href = await who.getByRole('link', { name: new RegExp(name) }).getAttribute('href');
      const reviewerId = decodeURIComponent(href!.split('/').at(-1)!);
      idOf.set(name, reviewerId);
      assert.equal(threadsOf(reviewerId).length, 4, `${name} labels 4 of the 6 threads`);
      await who.getByRole('link', { name: `${name} (0/4)` }).waitFor();
    }
  });

  test("each reviewer's queue holds only their threads, with progress out of their own count", async () => {
    const { page } = app;
    const [first, second] = disputed().reviewerIds;
    for (const [name] of REVIEWERS) {
      const reviewerId = idOf.get(name)!;
      const mine = threadsOf(reviewerId);
      await samplesPage(page, app);
      await page
        .getByRole('navigation', { name: /Who is working on Sample 1/ })
        .getByRole('link', { name: new RegExp(name) })
        .click();
      await page.getByText(`Labeling as ${name}`).waitFor();
      await page.getByText('0 of 4 labeled').waitFor();
      for (let i = 1; i <= mine.length; i++) {
        await page.getByRole('heading', { name: new RegExp(`^Thread ${i} of 4`) }).waitFor();
        // The two reviewers of the first thread disagree on it; every other thread is agreed.
        const key = mine[i - 1] === disputed().threadId && reviewerId === second ? '2' : '1';
        assert.ok(reviewerId !== first || key === '1');
        await page.keyboard.press(key);
      }
      await page.getByText('All 4 threads of this sample are labeled.').waitFor();
    }
  });

  test('the reviewer who did not label the disagreement adjudicates it; the methods paragraph counts that kind', async () => {
    const { page } = app;
    await samplesPage(page, app);
    await page.getByRole('link', { name: 'Disagreements of Sample 1' }).click();
    const queue = page.getByRole('listbox', { name: /^Queue/ });
    await queue.waitFor();
    // Two labels that agree make a thread unanimous: only the disputed thread needs a decision.
    assert.deepEqual(
      await queue.getByRole('option').evaluateAll((os) => os.map((o) => o.getAttribute('aria-label')!.split(':')[0])),
      [disputed().threadId],
    );
    await page.getByRole('heading', { name: `Thread ${disputed().threadId}` }).waitFor();
    const third = REVIEWERS.map(([name]) => name).find((name) => !disputed().reviewerIds.includes(idOf.get(name)!))!;
    const labeler = REVIEWERS.map(([name]) => name).find((name) => disputed().reviewerIds.includes(idOf.get(name)!))!;
    await page.keyboard.press('1');
    await page.keyboard.press('a');
    const adjudicator = page.getByRole('combobox', { name: 'Adjudicator' });
    await adjudicator.getByRole('option', { name: `${labeler}: labeled this thread` }).waitFor({ state: 'attached' });
    await adjudicator.selectOption({ label: `${third}: did not label this thread` });
    await page.getByRole('textbox', { name: /Rationale/ }).focus();
    await page.keyboard.type('Read by the reviewer who had not labeled it');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Every complete thread has a final label.').waitFor();

    await samplesPage(page, app);
    await page.getByRole('link', { name: 'Report of Sample 1' }).click();
    const methods = page.getByRole('region', { name: 'Methods' });
    await methods.waitFor({ timeout: 60_000 });
    assert.match(
      await methods.innerText(),
      /1 from adjudication by a named reviewer \(0 who had labeled the thread, 1 who had not\)/,
    );
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});
