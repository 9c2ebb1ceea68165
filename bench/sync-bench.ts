// Sync bench (issue #14): 50 reviewers × 300 labels replicated into the lead's Concord through a
// CouchDB-protocol test server behind the preview server's /couchdb/ proxy. The lead's study (300
// threads, a sample of all 300 for 50 reviewers) is made and provisioned through the real UI in
// headless Chromium; each reviewer's 300 label events (age-encrypted to the study's key, as the
// reviewer's worker makes them) are written in Node straight to their database with their own
// user. Then the lead opens the samples page and we time until every reviewer shows "labels
// received 300 of 300", with a PerformanceObserver (longtask) on the lead's page meanwhile.
// Figures are printed with their targets and written to bench/out/sync-bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Encrypter } from 'age-encryption';
import type { Page } from 'playwright-core';
import { startCouchServer } from '../tests/support/couch-server';
import { addReviewers } from '../tests/e2e/support/app';
import { startPreviewServer } from '../tests/e2e/support/server';
import { launchBenchBrowser, type BenchBrowser } from './support/chromium';
import { markdownTable } from './support/markdown-table';

// SYNC_BENCH_REVIEWERS=3 for a quick run of the same steps.
const REVIEWERS = Number(process.env.SYNC_BENCH_REVIEWERS ?? 50);
const LABELS = 300;
const OUT_DIR = 'bench/out';
const CSV = join(OUT_DIR, 'sync-threads.csv');
const TIMEOUT = 600_000;
// Fifty packets, each scrypt-encrypted in the worker: on a loaded 2-core machine over ten minutes.
const PROVISION_TIMEOUT = 2_400_000;
const log = (message: string) => process.stderr.write(`[sync bench] ${message}\n`);

interface Access {
  databaseUrl: string;
  username: string;
  password: string;
}

function writeCsv(): void {
  const rows = ['thread_id,user_prompts'];
  for (let t = 1; t <= LABELS; t++)
    rows.push(`S${String(t).padStart(4, '0')},Please draft a letter to patient ${t} about their appointment`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(CSV, `${rows.join('\n')}\n`);
}

async function leadStudy(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('list', { name: 'Studies' }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('textbox', { name: 'New study name' }).fill('Sync bench');
  await page.getByRole('button', { name: 'Create study' }).click();
  await page.getByLabel(/^File/).setInputFiles(CSV);
  await page.getByRole('button', { name: /^Check [\d,]+ rows/ }).click({ timeout: TIMEOUT });
  await page.getByRole('button', { name: /^Import [\d,]+ valid threads$/ }).click({ timeout: TIMEOUT });
  await page.getByText(`Stored ${LABELS} threads`).waitFor({ timeout: TIMEOUT });
  await page.goto(page.url().replace(/\/import$/, '/samples'));
  await addReviewers(
    page,
    Array.from({ length: REVIEWERS }, (_, i) => [`Reviewer ${i + 1}`, `R${i + 1}`] as const),
  );
  await page.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(LABELS));
  await page.getByRole('button', { name: 'Draw sample' }).click();
  await page.getByText(/^Drew “Sample 1”/).waitFor({ timeout: TIMEOUT });
}

/** What the lead's IndexedDB knows that a reviewer's own packet would tell them: the study's recipient, each database's reviewer and packet. */
async function leadRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        recipient: string;
        databases: { database: string; reviewerId: string; packetId: string; sha256: string }[];
      }>((resolve, reject) => {
        const open = indexedDB.open('concord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['studies', 'syncAccounts', 'sentPackets'], 'readonly');
          const all = (store: string) =>
            new Promise<Record<string, unknown>[]>((done) => {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () => done(request.result as Record<string, unknown>[]);
            });
          void Promise.all([all('studies'), all('syncAccounts'), all('sentPackets')]).then(
            ([studies, accounts, packets]) => {
              const study = studies.find((s) => s.name === 'Sync bench') as {
                id: string;
                ageKeys: { recipient: string };
              };
              const account = accounts.find((a) => a.studyId === study.id) as {
                databases: { database: string; reviewerId: string; packetId: string }[];
              };
              const sha = new Map(packets.map((p) => [p.packetId as string, p.sha256 as string]));
              resolve({
                recipient: study.ageKeys.recipient,
                databases: account.databases.map((d) => ({ ...d, sha256: sha.get(d.packetId)! })),
              });
            },
          );
        };
      }),
  );
}

/** One reviewer's 300 label events, as their sync worker writes them, put on the server with their own user. */
async function writeEvents(access: Access, reviewerId: string, packetId: string, sha256: string, recipient: string) {
  const docs = [];
  for (let seq = 1; seq <= LABELS; seq++) {
    const threadId = `S${String(seq).padStart(4, '0')}`;
    const at = new Date(Date.UTC(2026, 11, 1, 9, 0, seq)).toISOString();
    const payload = {
      createdAt: at,
      packetId,
      packetSha256: sha256,
      threadId,
      rating: {
        threadId,
        label: 'Coding',
        codebookVersion: 1,
        otherSuggestion: null,
        note: null,
        flagged: false,
        durationMs: 4000,
        updatedAt: at,
      },
      events: [{ at, action: 'rating.created', subject: threadId, from: null, to: 'Coding', why: null }],
    };
    const encrypter = new Encrypter();
    encrypter.addRecipient(recipient);
    const age = await encrypter.encrypt(JSON.stringify(payload));
    const nonce = ((seq * 2_654_435_761) >>> 0).toString(16).padStart(8, '0').slice(-8);
    docs.push({
      _id: `ev-${reviewerId}-${String(seq).padStart(10, '0')}-${nonce}`,
      type: 'concord-label-event',
      reviewerId,
      threadId,
      seq,
      payload: Buffer.from(age).toString('base64'),
    });
  }
  const response = await fetch(`${access.databaseUrl}/_bulk_docs`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${access.username}:${access.password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ docs }),
  });
  const results = (await response.json()) as { error?: string; reason?: string }[];
  const refused = results.filter((r) => r.error);
  if (!response.ok || refused.length)
    throw new Error(`writeEvents: ${response.status} ${JSON.stringify(refused[0] ?? results)}`);
}

export interface SyncBench {
  reviewers: number;
  labels: number;
  provisionMs: number;
  writeMs: number;
  convergeMs: number;
  longestTaskMs: number;
}

export async function syncBench(): Promise<SyncBench> {
  writeCsv();
  const couch = await startCouchServer();
  const server = await startPreviewServer({ couchdbUrl: couch.url });
  let browser: BenchBrowser | null = null;
  try {
    browser = await launchBenchBrowser();
    const lead = await browser.context.newPage();
    await leadStudy(lead, server.url);
    log(`study of ${LABELS} threads, ${REVIEWERS} reviewers, sample drawn (not measured)`);

    await lead.getByText('Sync through a server').click();
    const form = lead.getByRole('form', { name: 'Sync Sample 1 through a server' });
    await form.getByRole('textbox', { name: 'Administrator user' }).fill(couch.admin.username);
    await form.getByLabel('Administrator password').fill(couch.admin.password);
    const provisionStart = performance.now();
    await form.getByRole('button', { name: 'Provision on the server' }).click();
    const refused = lead.getByRole('alert').filter({ hasText: 'The server was not provisioned' });
    await Promise.race([
      lead.getByText(`${REVIEWERS} reviewer databases are ready on the server`).waitFor({ timeout: PROVISION_TIMEOUT }),
      refused.waitFor({ timeout: PROVISION_TIMEOUT }).then(async () => {
        throw new Error(`syncBench: ${await refused.innerText()}`);
      }),
    ]);
    const provisionMs = Math.round(performance.now() - provisionStart);
    log(`provisioned ${REVIEWERS} databases in ${provisionMs} ms (packets encrypted with scrypt)`);
    const access = new Map<string, Access>();
    for (let i = 1; i <= REVIEWERS; i++) {
      const field = async (label: string) =>
        (await lead.getByLabel(`${label} for Reviewer ${i}`, { exact: true }).innerText()).trim();
      const entry = {
        databaseUrl: await field('Database address'),
        username: await field('User name'),
        password: await field('Password'),
      };
      access.set(decodeURIComponent(entry.databaseUrl.split('/').pop()!), entry);
    }
    const { recipient, databases } = await leadRecords(lead);
    const samples = lead.url();
    // The lead's page (and its sync worker) goes away while the events are written.
    await lead.goto(server.url);
    await lead.getByRole('list', { name: 'Studies' }).waitFor({ timeout: TIMEOUT });

    const writeStart = performance.now();
    for (const d of databases)
      await writeEvents(access.get(d.database)!, d.reviewerId, d.packetId, d.sha256, recipient);
    const writeMs = Math.round(performance.now() - writeStart);
    log(`wrote ${REVIEWERS} × ${LABELS} label events in ${writeMs} ms`);

    await lead.goto(samples);
    await lead.getByRole('list', { name: 'Reviewer packets of Sample 1' }).waitFor({ timeout: TIMEOUT });
    await lead.evaluate(`(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    })()`);
    const convergeStart = performance.now();
    await lead.waitForFunction(
      ({ count, total }) => {
        const list = document.querySelector(`[aria-label="Reviewer packets of Sample 1"]`);
        return list !== null && list.textContent!.split(`labels received ${total} of ${total}`).length - 1 === count;
      },
      { count: REVIEWERS, total: LABELS },
      { timeout: TIMEOUT, polling: 250 },
    );
    const convergeMs = Math.round(performance.now() - convergeStart);
    const longestTaskMs = Math.round(Number(await lead.evaluate('window.__longest')));
    log(`converged in ${convergeMs} ms, longest task ${longestTaskMs} ms`);

    const result: SyncBench = { reviewers: REVIEWERS, labels: LABELS, provisionMs, writeMs, convergeMs, longestTaskMs };
    writeFileSync(
      join(OUT_DIR, 'sync-bench.json'),
      `${JSON.stringify({ ...result, chromium: browser.version }, null, 2)}\n`,
    );
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(
      `\nSync (${REVIEWERS} reviewers × ${LABELS} labels through the test server; Chromium ${browser.version})\n`,
    );
    console.log(
      markdownTable([
        ['step', 'measured', 'target', ''],
        [`provision ${REVIEWERS} reviewer databases (click to every access shown)`, `${provisionMs} ms`, '', ''],
        [
          `every label in the lead's study (samples page opened to ${REVIEWERS} × "${LABELS} of ${LABELS}")`,
          `${convergeMs} ms`,
          '',
          '',
        ],
        ['longest main-thread task meanwhile', `${longestTaskMs} ms`, '≤ 100 ms', verdict(longestTaskMs <= 100)],
      ]),
    );
    return result;
  } finally {
    await browser?.close();
    await server.close();
    await couch.close();
  }
}
