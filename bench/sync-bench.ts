// Sync bench (issue #14): 50 reviewers × 300 labels replicated into the lead's Concord through a
// CouchDB-protocol test server behind the preview server's /couchdb/ proxy. The lead's study (300
// threads, a sample of all 300 for every reviewer) is made and provisioned through the real UI in
// headless Chromium; each reviewer's 300 label events (age-encrypted to the study's key, as the
// reviewer's worker makes them) are prepared in Node, then, with the lead's samples page open and
// replicating, written to each database with its reviewer's own user. Measured: from the first
// event written to every reviewer's "labels received 300 of 300", the lead's longest main-thread
// task meanwhile, and, in the same run, the floor: the same events read from the server, decrypted,
// checked and folded in Node. Every wait has a timeout naming what it waited for; a failure leaves
// a screenshot of the lead's page in bench/out/sync-bench-failure.png.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startCouchServer } from '../tests/support/couch-server';
import { addReviewers } from '../tests/e2e/support/app';
import { startPreviewServer } from '../tests/e2e/support/server';
import { launchBenchBrowser, type BenchBrowser } from './support/chromium';
import { watchLongTasks } from './support/long-tasks';
import {
  LEAD_RECORDS_SCRIPT,
  makeEvents,
  readAndFold,
  writeEvents,
  type Access,
  type LeadRecords,
} from './support/sync-events';
import { median, printResult, type SyncBench } from './support/sync-result';
import { withTimeout } from './support/with-timeout';

// SYNC_BENCH_REVIEWERS=3 for a quick run of the same steps; SYNC_BENCH_BASELINES: floor runs (median).
const REVIEWERS = Number(process.env.SYNC_BENCH_REVIEWERS ?? 50);
const BASELINES = Number(process.env.SYNC_BENCH_BASELINES ?? 3);
const LABELS = 300;
const STUDY = 'Sync bench';
const OUT_DIR = 'bench/out';
const CSV = join(OUT_DIR, 'sync-threads.csv');
const STEP_TIMEOUT = 120_000;
// Every packet is scrypt-encrypted in the worker (~1.5 s on an idle core, 8–12 s under load).
const PROVISION_TIMEOUT = Number(process.env.SYNC_BENCH_PROVISION_TIMEOUT_MS ?? 60_000 + REVIEWERS * 30_000);
const CONVERGE_TIMEOUT = Number(process.env.SYNC_BENCH_CONVERGE_TIMEOUT_MS ?? 900_000);
const log = (message: string) => process.stderr.write(`[sync bench] ${message}\n`);
const uptime = () => execSync('uptime').toString().trim();
const threadId = (t: number) => `S${String(t).padStart(4, '0')}`;

function writeCsv(): void {
  const rows = ['thread_id,user_prompts'];
  for (let t = 1; t <= LABELS; t++)
    rows.push(`${threadId(t)},Please draft a letter to patient ${t} about their appointment`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(CSV, `${rows.join('\n')}\n`);
}

function watchPage(page: Page): void {
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && log(`page console error: ${m.text()}`));
  page.on('requestfailed', (r) => log(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
}

async function leadStudy(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('list', { name: 'Studies' }).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole('textbox', { name: 'New study name' }).fill(STUDY);
  await page.getByRole('button', { name: 'Create study' }).click();
  await page.getByLabel(/^File/).setInputFiles(CSV);
  await page.getByRole('button', { name: /^Check [\d,]+ rows/ }).click({ timeout: STEP_TIMEOUT });
  await page.getByRole('button', { name: /^Import [\d,]+ valid threads$/ }).click({ timeout: STEP_TIMEOUT });
  await page.getByText(`Stored ${LABELS} threads`).waitFor({ timeout: STEP_TIMEOUT });
  await page.goto(page.url().replace(/\/import$/, '/samples'));
  await addReviewers(
    page,
    Array.from({ length: REVIEWERS }, (_, i) => [`Reviewer ${i + 1}`, `R${i + 1}`] as const),
  );
  // The form ticks the first three reviewers (the study's design); the bench's sample has them all.
  for (let i = 1; i <= REVIEWERS; i++)
    await page.getByRole('checkbox', { name: `Reviewer ${i}`, exact: true }).check({ timeout: STEP_TIMEOUT });
  await page.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(LABELS));
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(/^Drew “Sample 1”/).waitFor({ timeout: STEP_TIMEOUT });
}

/** Provisions the sample through the UI; returns its time and every reviewer's access, read from the page. */
async function provision(page: Page, admin: Access | { username: string; password: string }) {
  await page.getByText('Sync through a server').click();
  const form = page.getByRole('form', { name: 'Sync Sample 1 through a server' });
  await form.getByRole('textbox', { name: 'Administrator user' }).fill(admin.username);
  await form.getByLabel('Administrator password').fill(admin.password);
  const start = performance.now();
  await form.getByRole('button', { name: 'Provision on the server' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'The server was not provisioned' });
  // Any count: a sample of fewer reviewers than asked is reported at once, not waited for.
  const ready = page.getByText(/^\d+ reviewer databases are ready on the server$/);
  await withTimeout(
    Promise.race([
      ready.waitFor({ timeout: PROVISION_TIMEOUT + 1000 }),
      refused.waitFor({ timeout: PROVISION_TIMEOUT + 1000 }).then(async () => {
        throw new Error(`provisioning refused: ${await refused.innerText()}`);
      }),
    ]),
    PROVISION_TIMEOUT,
    `"${REVIEWERS} reviewer databases are ready on the server" (SYNC_BENCH_PROVISION_TIMEOUT_MS)`,
  );
  const provisionMs = Math.round(performance.now() - start);
  const said = await ready.innerText();
  if (!said.startsWith(`${REVIEWERS} `))
    throw new Error(`syncBench: the page says "${said}", for ${REVIEWERS} reviewers`);
  const access = new Map<string, Access>();
  for (let i = 1; i <= REVIEWERS; i++) {
    const field = async (label: string) =>
      (
        await page.getByLabel(`${label} for Reviewer ${i}`, { exact: true }).innerText({ timeout: STEP_TIMEOUT })
      ).trim();
    const entry = {
      databaseUrl: await field('Database address'),
      username: await field('User name'),
      password: await field('Password'),
    };
    access.set(decodeURIComponent(entry.databaseUrl.split('/').pop()!), entry);
  }
  await page.getByRole('button', { name: "I have noted every reviewer's access" }).click();
  return { provisionMs, access };
}

/** The lead's samples page as the bench reads it: reviewers at "N of N", labels received in all, databases read once. */
const PROGRESS_SCRIPT = `(() => {
  const packets = document.querySelector('[aria-label="Reviewer packets of Sample 1"]')?.textContent ?? '';
  const counts = [...packets.matchAll(/labels received (\\d+) of (\\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const sync = [...document.querySelectorAll('[aria-label="Server sync of Sample 1"] li')].map((li) => li.textContent);
  return {
    converged: counts.filter(([n, of]) => n === of && of > 0).length,
    received: counts.reduce((sum, [n]) => sum + n, 0),
    polled: sync.filter((t) => t.includes('last sync')).length,
  };
})()`;
type Progress = { converged: number; received: number; polled: number };

async function until(page: Page, done: (p: Progress) => boolean, ms: number, what: string, every = 15_000) {
  const start = performance.now();
  let logged = start;
  for (;;) {
    const progress = (await withTimeout(
      page.evaluate(PROGRESS_SCRIPT),
      STEP_TIMEOUT,
      'reading the samples page',
    )) as Progress;
    if (done(progress)) return performance.now() - start;
    const now = performance.now();
    const state = `${progress.converged}/${REVIEWERS} reviewers at ${LABELS} of ${LABELS}, ${progress.received} labels received, ${progress.polled} databases read`;
    if (now - start > ms) throw new Error(`waited ${Math.round(ms / 1000)} s for ${what}; the page shows ${state}`);
    if (now - logged > every) {
      log(`waiting for ${what}: ${state} (${Math.round((now - start) / 1000)} s)`);
      logged = now;
    }
    await page.waitForTimeout(250);
  }
}

export async function syncBench(): Promise<SyncBench> {
  writeCsv();
  const loadBefore = uptime();
  log(`uptime: ${loadBefore}`);
  const couch = await startCouchServer();
  const server = await startPreviewServer({ couchdbUrl: couch.url });
  let browser: BenchBrowser | null = null;
  let lead: Page | null = null;
  try {
    browser = await launchBenchBrowser();
    lead = await browser.context.newPage();
    watchPage(lead);
    await leadStudy(lead, server.url);
    log(`study of ${LABELS} threads, ${REVIEWERS} reviewers, sample drawn (not measured)`);
    const { provisionMs, access } = await provision(lead, couch.admin);
    log(`provisioned ${REVIEWERS} databases in ${provisionMs} ms (a scrypt-encrypted packet each)`);
    const records = (await withTimeout(
      lead.evaluate(LEAD_RECORDS_SCRIPT(STUDY)),
      STEP_TIMEOUT,
      "reading the lead's study from IndexedDB",
    )) as LeadRecords;

    const prepareStart = performance.now();
    const threads = Array.from({ length: LABELS }, (_, i) => threadId(i + 1));
    const events = [];
    for (const d of records.databases) events.push(await makeEvents(d, threads, records.recipient));
    const prepareMs = Math.round(performance.now() - prepareStart);
    log(`prepared ${REVIEWERS} × ${LABELS} encrypted label events in ${prepareMs} ms (not measured)`);

    // The lead's page replicates (every reviewer database read once) before the first event goes.
    await until(lead, (p) => p.polled === REVIEWERS, STEP_TIMEOUT, 'every reviewer database read once');
    const tasks = await watchLongTasks(lead);
    const start = performance.now();
    for (const [i, d] of records.databases.entries()) {
      const entry = access.get(d.database);
      if (!entry) throw new Error(`syncBench: no access shown for ${d.database}`);
      await writeEvents(entry, events[i]!, STEP_TIMEOUT);
    }
    const writeMs = Math.round(performance.now() - start);
    log(`wrote ${REVIEWERS} × ${LABELS} label events in ${writeMs} ms`);
    await until(lead, (p) => p.converged === REVIEWERS, CONVERGE_TIMEOUT, `every reviewer at ${LABELS} of ${LABELS}`);
    const convergeMs = Math.round(performance.now() - start);
    const longTasks = await tasks();
    log(`converged ${convergeMs} ms after the first event was written; longest task ${longTasks.longestMs} ms`);
    if (longTasks.frame)
      log(
        `longest frame ${longTasks.frame.ms} ms (blocking ${longTasks.frame.blockingMs} ms): ${longTasks.frame.scripts.join('; ') || 'rendering'}`,
      );

    const floorMs: number[] = [];
    for (let run = 0; run < BASELINES; run++) {
      const floorStart = performance.now();
      const read = await withTimeout(
        readAndFold(couch.url, couch.admin, records, STEP_TIMEOUT),
        CONVERGE_TIMEOUT,
        'the floor: reading and folding every event in Node',
      );
      if (read !== REVIEWERS * LABELS) throw new Error(`syncBench: the floor read ${read} events`);
      floorMs.push(Math.round(performance.now() - floorStart));
    }
    log(`floor (read, decrypt, check and fold in Node): ${floorMs.join(', ')} ms`);
    const loadAfter = uptime();
    const total = REVIEWERS * LABELS;
    const result: SyncBench = {
      reviewers: REVIEWERS,
      labels: LABELS,
      provisionMs,
      prepareMs,
      writeMs,
      convergeMs,
      eventsPerSecond: Math.round(total / (convergeMs / 1000)),
      floorMs,
      floorEventsPerSecond: Math.round(total / (median(floorMs) / 1000)),
      longestTaskMs: longTasks.longestMs,
      tasksOver100: longTasks.over100,
      loadBefore,
      loadAfter,
    };
    writeFileSync(
      join(OUT_DIR, 'sync-bench.json'),
      `${JSON.stringify({ ...result, longestFrame: longTasks.frame, chromium: browser.version }, null, 2)}\n`,
    );
    printResult(result, browser.version);
    return result;
  } catch (error) {
    await lead?.screenshot({ path: join(OUT_DIR, 'sync-bench-failure.png'), fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await browser?.close();
    await server.close();
    await couch.close();
  }
}
