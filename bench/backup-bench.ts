// Backup bench: a study of 30,503 generated threads, imported once through the real UI in headless
// Chromium, then RUNS cycles of: "Back up the whole study" on its Exports page (click → download),
// delete it, restore the downloaded file on the Studies page (file chosen → "Restored “…”").
// Each restore is compared, in the same run, with a baseline: the same file read, JSON.parse'd
// and its thread records written with one raw Dexie bulkAdd (bench/support/restore-baseline.html).
// No target is enforced: the figures are printed and written to bench/out/backup-bench.json.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startPreviewServer } from '../tests/e2e/support/server';
import { collect, heapMB, INSTRUMENT, longest, type LongTask } from './support/backup-instrument';
import { launchBenchBrowser } from './support/chromium';
import { median } from './support/figures';
import { markdownTable } from './support/markdown-table';
import { startStaticServer } from './support/static-server';
import { ensureThreadsCsv, importStudyThroughUi, THREADS } from './support/ui-import';

const OUT_DIR = 'bench/out';
const BACKUP = join(OUT_DIR, 'study-backup.json');
const JSON_OUT = join(OUT_DIR, 'backup-bench.json');
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);
const STUDY = 'Backup bench';
const STEP_TIMEOUT = 300_000;
const MB = 1024 * 1024;

const log = (message: string) => process.stderr.write(`[backup bench] ${message}\n`);
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

interface Cycle {
  backup: { wallMs: number; inPageMs: number; bytes: number; longestTaskMs: number };
  restore: {
    wallMs: number;
    inPageMs: number;
    readCheckMs: number;
    writeMs: number;
    longestTaskMs: number;
    longTasks: string[];
    heapBeforeMB: number;
    heapPeakSampledMB: number;
    heapAfterGcMB: number;
  };
  baseline: {
    readMs: number;
    parseMs: number;
    writeMs: number;
    totalMs: number;
    wallMs: number;
    longestTaskMs: number;
    longestWriteTaskMs: number;
    rows: number;
    writeStart: number;
  };
}

async function backupAndRestore(page: Page, studyUrl: string, run: number): Promise<Omit<Cycle, 'baseline'>> {
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${studyUrl}/exports`);
  const button = page.getByRole('button', { name: 'Back up the whole study' });
  await button.waitFor({ timeout: STEP_TIMEOUT });
  await page.evaluate(INSTRUMENT);
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
  const clicked = performance.now();
  await button.click();
  const event = await download;
  const backupWallMs = performance.now() - clicked;
  await event.saveAs(BACKUP); // kept for the restore and the baseline: the download's own copy goes with the profile
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved / })
    .waitFor({ timeout: STEP_TIMEOUT });
  const b = await collect(page);
  const bytes = statSync(BACKUP).size;
  log(`  run ${run}: backup ${(bytes / MB).toFixed(1)} MB in ${Math.round(backupWallMs)} ms`);

  await page.goto(new URL(studyUrl).origin);
  await page.getByRole('button', { name: `Delete study ${STUDY}` }).click({ timeout: STEP_TIMEOUT });
  await page.getByRole('dialog').getByRole('button', { name: 'Delete study' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Deleted “${STUDY}` })
    .waitFor({ timeout: STEP_TIMEOUT });
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBeforeMB = await heapMB(page);
  await page.evaluate(INSTRUMENT);
  const chosen = performance.now();
  await page.getByLabel('Restore a study from a backup file').setInputFiles(BACKUP);
  // A refused file shows an alert: fail at once rather than wait out the timeout.
  await page
    .getByRole('status')
    .filter({ hasText: `Restored “${STUDY}` })
    .or(page.getByRole('alert'))
    .waitFor({ timeout: STEP_TIMEOUT });
  const restoreWallMs = performance.now() - chosen;
  if (await page.getByRole('alert').count())
    throw new Error(`run ${run}: restore failed: ${await page.getByRole('alert').first().innerText()}`);
  const r = await collect(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfterGcMB = await heapMB(page).finally(() => cdp.detach());
  const m = r.marks;
  if (m.chosen === undefined || m.restored === undefined)
    throw new Error(`run ${run}: restore marks missing: ${JSON.stringify(m)}`);
  // "Checking" is set and the parse + check run in the same task, so it rarely paints: reading and
  // checking are timed together, from the file's change event to "Writing the study" painted.
  const writingAt = m.writing ?? m.restored;
  const during = r.longTasks
    .filter((t) => t.start >= m.chosen! - 1 && t.start < m.restored!)
    .sort((x, y) => y.duration - x.duration);
  log(`  run ${run}: restore ${Math.round(restoreWallMs)} ms, longest task ${longest(during)} ms`);
  return {
    backup: {
      wallMs: backupWallMs,
      inPageMs: (b.marks.saved ?? NaN) - (b.marks.click ?? NaN),
      bytes,
      longestTaskMs: longest(b.longTasks),
    },
    restore: {
      wallMs: restoreWallMs,
      inPageMs: m.restored - m.chosen,
      readCheckMs: writingAt - m.chosen,
      writeMs: m.restored - writingAt,
      longestTaskMs: longest(during),
      longTasks: during.map((t) => `${round(t.duration)} ${t.start >= writingAt ? 'write' : 'read/check'}`),
      heapBeforeMB,
      heapPeakSampledMB: round(r.heapPeak / MB, 1),
      heapAfterGcMB,
    },
  };
}

async function baselineRun(url: string, run: number): Promise<Cycle['baseline']> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction('window.__baseline.ready === true || window.__baseline.error !== null', undefined, {
      timeout: 30_000,
    });
    const start = performance.now();
    await page.getByLabel('File').setInputFiles(BACKUP);
    await page.waitForFunction('window.__baseline.result !== null || window.__baseline.error !== null', undefined, {
      timeout: STEP_TIMEOUT,
      polling: 50,
    });
    const wallMs = performance.now() - start;
    const s = (await page.evaluate('window.__baseline')) as {
      result: Omit<Cycle['baseline'], 'wallMs' | 'longestTaskMs' | 'longestWriteTaskMs'> | null;
      error: string | null;
      longTasks: LongTask[];
    };
    if (!s.result) throw new Error(`baseline run ${run}: ${s.error ?? 'no result'}`);
    log(
      `  run ${run}: baseline ${s.result.rows} threads, parse ${Math.round(s.result.parseMs)} ms, write ${Math.round(s.result.writeMs)} ms`,
    );
    // JSON.parse and bulkAdd's synchronous add() loop share one task here: the part after the
    // parse is the loop's, the figure to hold against the app's write task.
    const w = s.result.writeStart;
    const inWrite = s.longTasks.map((t) => Math.min(t.duration, t.start + t.duration - w));
    return {
      ...s.result,
      wallMs,
      longestTaskMs: longest(s.longTasks),
      longestWriteTaskMs: round(Math.max(0, ...inWrite)),
    };
  } finally {
    await browser.close();
  }
}

export async function backupBench(): Promise<Cycle[]> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`');
  ensureThreadsCsv(log);
  const app = await startPreviewServer();
  const baseline = await startStaticServer({
    '/': resolve('bench/support/restore-baseline.html'),
    '/dexie.min.js': resolve('node_modules/dexie/dist/dexie.min.js'),
  });
  const browser = await launchBenchBrowser();
  const cycles: Cycle[] = [];
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const t = performance.now();
    const studyUrl = await importStudyThroughUi(page, app.url, STUDY);
    log(
      `imported ${THREADS} threads through the UI in ${Math.round(performance.now() - t)} ms (not measured); ${RUNS} cycles, Chromium ${browser.version}`,
    );
    // One profile for every cycle: from run 2 on, the study backed up is the one just restored.
    for (let run = 1; run <= RUNS; run++) {
      const cycle = await backupAndRestore(page, studyUrl, run);
      cycles.push({ ...cycle, baseline: await baselineRun(baseline.url, run) });
    }
    if (errors.length) log(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }

  const med = (pick: (c: Cycle) => number) => median(cycles.map(pick));
  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
  type Pick = (c: Cycle) => number;
  /** A table row: the app's median, the baseline's, their ratio if asked, and the app's runs. */
  const row = (label: string, app: Pick | null, base: Pick | null = null, ratio = false) => [
    label,
    app ? ms(med(app)) : '',
    base ? ms(med(base)) : '',
    app && base && ratio ? `${(med(app) / med(base)).toFixed(2)}x` : '',
    app ? cycles.map((c) => Math.round(app(c)).toLocaleString('en-US')).join(', ') : '',
  ];
  const heap = (pick: (r: Cycle['restore']) => number) => med((c) => pick(c.restore));
  console.log(
    `\nbackup bench: a study of ${THREADS.toLocaleString('en-US')} imported threads, median of ${RUNS} cycles (back up, delete, restore) in one profile, Chromium ${browser.version}, ${cpus().length} cores`,
  );
  console.log(
    `backup file ${(med((c) => c.backup.bytes) / MB).toFixed(1)} MB; baseline = the same file read, JSON.parse'd and its ${med((c) => c.baseline.rows).toLocaleString('en-US')} thread records written with one raw Dexie bulkAdd (primary key only), on a bare page's main thread\n`,
  );
  console.log(
    markdownTable([
      ['measure', 'app', 'baseline', 'ratio', 'per run (app)'],
      row('backup: click → download event (node clock)', (c) => c.backup.wallMs),
      row('backup: click → "Saved" shown (in page)', (c) => c.backup.inPageMs),
      row('backup: longest main-thread task', (c) => c.backup.longestTaskMs),
      row(
        'restore: read + parse (+ check, app)',
        (c) => c.restore.readCheckMs,
        (c) => c.baseline.readMs + c.baseline.parseMs,
        true,
      ),
      row(
        'restore: write (to committed)',
        (c) => c.restore.writeMs,
        (c) => c.baseline.writeMs,
        true,
      ),
      row(
        'restore: total, in page',
        (c) => c.restore.inPageMs,
        (c) => c.baseline.totalMs,
        true,
      ),
      row(
        'restore: setInputFiles → "Restored" (node clock)',
        (c) => c.restore.wallMs,
        (c) => c.baseline.wallMs,
        true,
      ),
      row(
        'restore: longest main-thread task',
        (c) => c.restore.longestTaskMs,
        (c) => c.baseline.longestTaskMs,
      ),
      row('baseline: longest task, its part inside bulkAdd', null, (c) => c.baseline.longestWriteTaskMs),
      [
        'restore: page JS heap before → peak (sampled) → after GC',
        `${heap((r) => r.heapBeforeMB)} → ${heap((r) => r.heapPeakSampledMB)} → ${heap((r) => r.heapAfterGcMB)} MB`,
        '',
        '',
        '',
      ],
    ]),
  );
  console.log(
    `\nlong tasks during each restore (ms and phase, longest first): ${cycles.map((c) => `[${c.restore.longTasks.join(', ')}]`).join(' / ')}`,
  );
  console.log(
    "the heap is sampled every 100 ms between tasks, so a peak inside a long task is missed; in-page restore times start at the file's change event\n",
  );

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(
    JSON_OUT,
    `${JSON.stringify({ date: new Date().toISOString(), threads: THREADS, runs: RUNS, chromium: browser.version, cores: cpus().length, cycles }, null, 2)}\n`,
  );
  log(`figures written to ${JSON_OUT}`);
  return cycles;
}
