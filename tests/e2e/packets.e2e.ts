import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { addReviewers, openApp, waitForStudies, type App } from './support/app';
import { launchBrowser, type Browser } from './support/browser';
import { decryptPacket, downloadsOf, labelThreads, openPacket, reportTables, sendLabelsBack } from './support/packets';

const SIZE = 6;
const SEED = '4242';
const PACKET_HEADING = /^Packet: Demo study.*, Sample 1$/;
const REVIEWERS = [
  ['Dr Ada Reyes', 'AR'],
  ['Dr Ben Okafor', 'BO'],
  ['Dr Chen Li', 'CL'],
] as const;
type Name = (typeof REVIEWERS)[number][0];
/** Keys per reviewer and thread: Ada and Ben disagree on two threads, Chen on two others. */
const KEYS: Record<Name, (i: number) => string> = {
  'Dr Ada Reyes': () => '1',
  'Dr Ben Okafor': (i) => (i <= 2 ? '2' : '1'),
  'Dr Chen Li': (i) => (i === 1 ? '3' : i === 4 ? '2' : '1'),
};

/** The demo study's samples page with the three reviewers and a seeded draw: the same sample on any machine. */
async function drawSample(page: Page) {
  await waitForStudies(page);
  await page.getByRole('link', { name: /^Samples of Demo study/ }).click();
  await addReviewers(page, REVIEWERS);
  await page.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SIZE));
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(SEED);
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(/^Drew “Sample 1”/).waitFor();
}

async function importLabels(page: Page, files: string[]): Promise<string[]> {
  await page.getByLabel('Labels files', { exact: true }).setInputFiles(files);
  const list = page.getByRole('list', { name: 'Labels files imported' });
  await list
    .getByRole('listitem')
    .nth(files.length - 1)
    .waitFor();
  return list.getByRole('listitem').allInnerTexts();
}

const received = (page: Page) =>
  page.getByRole('list', { name: 'Reviewer packets of Sample 1' }).getByRole('listitem').allInnerTexts();

describe('three physicians, three machines, no server', () => {
  let lead: App;
  const reviewerBrowsers: Browser[] = [];
  const reviewerErrors: string[] = [];
  const packets = new Map<Name, { file: string; passphrase: string }>();
  const labelsFiles = new Map<Name, string[]>();
  let sampleThreads: string[] = [];

  before(async () => {
    lead = await openApp();
  });
  after(async () => {
    await Promise.all(reviewerBrowsers.map((b) => b.close()));
    await lead?.close();
  });

  async function reviewerPage(): Promise<Page> {
    const browser = await launchBrowser();
    reviewerBrowsers.push(browser);
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => reviewerErrors.push(e.message));
    await page.goto(lead.url);
    await waitForStudies(page);
    return page;
  }

  test("the lead sends one packet per reviewer, each passphrase shown once; a packet holds only that reviewer's threads and the codebook", async () => {
    const { page } = lead;
    await drawSample(page);
    const [manifestFile] = await downloadsOf(page, 1, () =>
      page.getByRole('button', { name: 'Export manifest (JSON)' }).click(),
    );
    sampleThreads = (JSON.parse(readFileSync(manifestFile!, 'utf8')) as { threadIds: string[] }).threadIds;
    await page.getByText('Send to reviewers').click();
    await page.getByRole('textbox', { name: 'Instructions for the reviewers' }).fill('Label by Friday, please.');
    await page.getByLabel('Due date').fill('2026-12-04');
    const files = await downloadsOf(page, 3, () => page.getByRole('button', { name: 'Make reviewer packets' }).click());
    await page.getByText(/by another channel/).waitFor();
    for (const [name] of REVIEWERS) {
      const passphrase = (await page.getByLabel(`Passphrase for ${name}`, { exact: true }).innerText()).trim();
      assert.ok(passphrase.split(/[\s-]+/).length >= 5, `${name}'s passphrase has five words at least`);
      const item = page
        .getByRole('list', { name: 'Packets and passphrases' })
        .getByRole('listitem')
        .filter({ hasText: name });
      const fileName = (await item.innerText()).split('\n')[0]!.split(': ')[1]!.trim();
      packets.set(name, { file: files.find((f) => f.endsWith(fileName))!, passphrase });
    }
    await page.getByRole('button', { name: 'I have noted every passphrase' }).click();
    await page
      .waitForFunction((p) => !document.body.innerText.includes(p), packets.get('Dr Ada Reyes')!.passphrase, {
        timeout: 10_000,
      })
      .catch(() => {});
    assert.equal(await page.getByText(packets.get('Dr Ada Reyes')!.passphrase).count(), 0, 'shown once');

    for (const [name] of REVIEWERS) {
      const text = await decryptPacket(packets.get(name)!.file, packets.get(name)!.passphrase);
      const others = REVIEWERS.map(([n]) => n).filter((n) => n !== name);
      assert.ok(text.includes(name));
      for (const other of others) assert.ok(!text.includes(other), `${name}'s packet does not name ${other}`);
      assert.doesNotMatch(text, /llm|gpt-4o-2024/i, 'no LLM label, run or model');
      assert.deepEqual(
        [...new Set(text.match(/T\d{6}/g))].sort(),
        [...sampleThreads].sort(),
        "exactly the sample's threads",
      );
    }
    for (const line of await received(page))
      assert.match(line, /: packet sent \d+ \w{3} \d\d:\d\d · labels received 0 of 6$/);
  });

  test('each reviewer opens their packet in their own browser, labels by keyboard (one reloads), and sends labels back twice', async () => {
    for (const [name] of REVIEWERS) {
      const page = await reviewerPage();
      await openPacket(page, packets.get(name)!.file, packets.get(name)!.passphrase);
      await page.getByText(`Labeling as ${name}`).waitFor({ timeout: 60_000 });
      await page.getByRole('region', { name: 'Reviewer packet' }).getByText('Label by Friday, please.').waitFor();
      await labelThreads(page, SIZE, 1, 3, KEYS[name]);
      if (name === 'Dr Ben Okafor') {
        await page.reload();
        await page.getByText('3 of 6 labeled').waitFor();
      }
      const partial = await sendLabelsBack(page);
      await labelThreads(page, SIZE, 4, SIZE, KEYS[name]);
      labelsFiles.set(name, [partial, await sendLabelsBack(page)]);

      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Studies' }).click();
      await page.getByRole('heading', { name: PACKET_HEADING }).waitFor();
      // The same packet opened twice is the same workspace, never a second copy.
      await openPacket(page, packets.get(name)!.file, packets.get(name)!.passphrase);
      await page.getByText('6 of 6 labeled').waitFor({ timeout: 60_000 });
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Studies' }).click();
      assert.equal(await page.getByRole('heading', { name: PACKET_HEADING }).count(), 1);
      // None of the lead's pages exist in the workspace.
      await page.getByRole('link', { name: /^Queue of the packet/ }).click();
      await page.goto(page.url().replace(/\/samples\/.*$/, '/samples'));
      await page.getByText('A reviewer packet has only its queue.').waitFor();
      assert.equal(await page.getByText('Agreement so far').count(), 0);
    }
    assert.deepEqual(reviewerErrors, []);
  });

  test('the lead imports the six files shuffled, then one again: later files add, an older one and a repeat change nothing', async () => {
    const { page } = lead;
    const [ada, ben, chen] = REVIEWERS.map(([n]) => labelsFiles.get(n)!);
    const lines = await importLabels(page, [ben![1]!, ada![0]!, chen![0]!, ben![0]!, ada![1]!, chen![1]!]);
    assert.match(lines[0]!, /Dr Ben Okafor.*: Merged \(6 added, 0 changed\)/);
    assert.match(lines[1]!, /Dr Ada Reyes.*: Merged \(3 added, 0 changed\)/);
    assert.match(lines[2]!, /Dr Chen Li.*: Merged \(3 added, 0 changed\)/);
    assert.match(lines[3]!, /Dr Ben Okafor.*: Older than a file already imported: nothing changed/);
    assert.match(lines[4]!, /Dr Ada Reyes.*: Merged \(3 added, 0 changed\)/);
    assert.match(lines[5]!, /Dr Chen Li.*: Merged \(3 added, 0 changed\)/);
    assert.match((await importLabels(page, [ada![1]!]))[0]!, /Already imported: nothing changed/);
    for (const line of await received(page))
      assert.match(line, /packet sent .* · labels received 6 of 6, last file \d+ \w{3} \d\d:\d\d$/);
  });

  test('every bad input is refused with the file and the reason, and nothing is stored', async () => {
    const { page } = lead;
    const good = readFileSync(labelsFiles.get('Dr Ada Reyes')![1]!);
    const dir = labelsFiles.get('Dr Ada Reyes')![1]!.replace(/[^/]+$/, '');
    const altered = Buffer.from(good);
    altered[Math.floor(altered.length / 2)]! ^= 1;
    const bad = {
      'altered.age': altered,
      'truncated.age': good.subarray(0, Math.floor(good.length / 2)),
      'notes.txt': Buffer.from('not an age file\n'),
    };
    for (const [name, bytes] of Object.entries(bad)) writeFileSync(dir + name, bytes);
    const before = await received(page);
    const lines = await importLabels(page, [
      ...Object.keys(bad).map((n) => dir + n),
      packets.get('Dr Ada Reyes')!.file,
    ]);
    for (const line of lines) assert.match(line, /: Refused: nothing stored\. \S/, line);
    assert.deepEqual(await received(page), before);

    const reviewer = await reviewerPage();
    const studies = await reviewer.getByRole('list', { name: 'Studies' }).getByRole('listitem').count();
    await openPacket(reviewer, packets.get('Dr Chen Li')!.file, 'wrong horse battery staple again');
    await reviewer
      .getByRole('alert')
      .filter({ hasText: /was not opened; nothing was stored/ })
      .waitFor({ timeout: 60_000 });
    await openPacket(reviewer, labelsFiles.get('Dr Chen Li')![1]!, packets.get('Dr Chen Li')!.passphrase);
    await reviewer
      .getByRole('alert')
      .filter({ hasText: /was not opened; nothing was stored/ })
      .waitFor({ timeout: 60_000 });
    assert.equal(await reviewer.getByRole('list', { name: 'Studies' }).getByRole('listitem').count(), studies);
    assert.deepEqual(lead.pageErrors, []);
  });

  test("the report's numbers equal those of the same labels entered at the lead's own machine", async () => {
    await lead.page.getByRole('link', { name: 'Report of Sample 1' }).click();
    const fromFiles = await reportTables(lead.page);

    const control = await openApp();
    try {
      await drawSample(control.page);
      for (const [name] of REVIEWERS) {
        await control.page
          .getByRole('navigation', { name: /Who is working on Sample 1/ })
          .getByRole('link', { name: new RegExp(name) })
          .click();
        await labelThreads(control.page, SIZE, 1, SIZE, KEYS[name]);
        await control.page.getByRole('button', { name: 'End sitting' }).click();
        await control.page.getByRole('link', { name: /^Samples of Demo study/ }).click();
      }
      // A labels file of another study (encrypted to another key) is refused there too.
      const [line] = await importLabels(control.page, [labelsFiles.get('Dr Ada Reyes')![1]!]);
      assert.match(line!, /Refused: nothing stored/);
      await control.page.getByRole('link', { name: 'Report of Sample 1' }).click();
      assert.deepEqual(await reportTables(control.page), fromFiles);
      assert.deepEqual(control.pageErrors, []);
    } finally {
      await control.close();
    }
  });
});
