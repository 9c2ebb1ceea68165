// Import bench: 30,503 generated threads (49 MB of CSV) through the app's real import path in
// headless Chromium (UI → import worker → IndexedDB), against a baseline of the same rows in the
// same browser build: Papa.parse + one raw Dexie bulkAdd in a worker of a bare page.
// Targets: the app's import within 1.5x of the baseline; no main-thread task over 200 ms.
// Figures are printed and written to bench/out/import-bench.json; a missed target prints FAIL
// but is not an error (this is a benchmark, not a test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startPreviewServer } from '../tests/e2e/support/server';
import { BENCH_CHROMIUM_ARGS, launchBenchBrowser } from './support/chromium';
import { startStaticServer } from './support/static-server';
import { attachToWorker, type WorkerSession } from './support/worker-cdp';
import { markdownTable } from './support/markdown-table';

const THREADS = 30_503;
const OUT_DIR = 'bench/out';
const CSV = join(OUT_DIR, 'threads.csv');
const JSON_OUT = join(OUT_DIR, 'import-bench.json');
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
/** BENCH_PROFILE=1: one extra app run, not counted, with the import worker's CPU profile. */
const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_OUT = join(OUT_DIR, 'import-worker.cpuprofile');
/** BENCH_BASELINE_VARIANTS=1: one extra baseline run per write shape (see bench/baseline/worker.js). */
const VARIANTS = process.env.BENCH_BASELINE_VARIANTS === '1' ? ['app-shape', 'app-shape-unchunked', 'two-tables'] : [];
const RATIO_TARGET = 1.5;
const LONG_TASK_TARGET_MS = 200;
/** After "Stored", the page refetches its queries; long tasks then are reported apart. */
const SETTLE_MS = 1500;
const STEP_TIMEOUT = 180_000;

const log = (message: string) => process.stderr.write(`[import bench] ${message}\n`);

interface LongTask { start: number; duration: number }

/** In-page timestamps (performance.now(), ms) of each step of the import, set by INSTRUMENT. */
interface Marks {
  fileChosen?: number;
  mapping?: number;
  checkClick?: number;
  importButton?: number;
  importClick?: number;
  stored?: number;
}

interface AppRun {
  /** In-page phases: the app's own time, without Playwright's click latency. */
  readParseMs: number;
  validateMs: number;
  writeMs: number;
  totalMs: number;
  /** Node clock from setInputFiles to "Stored" waited for: includes the clicks in between. */
  wallWithClicksMs: number;
  longTasks: { maxMs: number; count: number; byPhase: Record<string, { count: number; maxMs: number; totalMs: number }> };
  afterStored: { maxMs: number; count: number };
  heap: {
    pageBeforeMB: number;
    pagePeakSampledMB: number;
    pageAfterMB: number;
    pageAfterGcMB: number;
    /** The import worker (Runtime.getHeapUsage over CDP), sampled every 200 ms, after, after a GC. */
    workerPeakSampledMB: number | null;
    workerAfterMB: number | null;
    workerAfterGcMB: number | null;
  };
}

interface BaselineRun {
  rows: number;
  readParseMs: number;
  writeMs: number;
  /** Inside the worker: from the File's arrival to the committed transaction. */
  totalMs: number;
  /** On the page: from the input's change event to the worker's answer. */
  pageTotalMs: number;
  wallMs: number;
  longTaskMaxMs: number;
  pageHeapAfterMB: number;
}

const MB = 1024 * 1024;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Installed on the import page just before the file is chosen: long tasks (buffered: false),
 * a heap sampler, and in-page timestamps of each step. A string, not a function, so the bundler
 * that runs this file cannot slip helpers into code that runs in the page.
 */
const INSTRUMENT = `(() => {
  const b = window.__bench = { marks: {}, longTasks: [], heapPeak: 0 };
  const now = () => performance.now();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  const sample = () => { const m = performance.memory; if (m && m.usedJSHeapSize > b.heapPeak) b.heapPeak = m.usedJSHeapSize; };
  sample();
  b.sampler = setInterval(sample, 100);
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file' && b.marks.fileChosen === undefined) b.marks.fileChosen = now();
  }, true);
  document.addEventListener('click', (e) => {
    const t = now();
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    const label = button ? button.textContent.trim() : '';
    if (/^Check [\\d,]+ rows/.test(label) && b.marks.checkClick === undefined) b.marks.checkClick = t;
    if (/^Import [\\d,]+ valid threads$/.test(label) && b.marks.importClick === undefined) b.marks.importClick = t;
  }, true);
  new MutationObserver(() => {
    const t = now();
    const m = b.marks;
    if (m.mapping === undefined && [...document.querySelectorAll('h2')].some((h) => /2\\. Match the columns/.test(h.textContent))) m.mapping = t;
    if (m.importButton === undefined && [...document.querySelectorAll('button')].some((x) => /^Import [\\d,]+ valid threads$/.test(x.textContent.trim()))) m.importButton = t;
    if (m.stored === undefined && m.importClick !== undefined && /Stored 30,503 threads/.test(document.body.textContent)) m.stored = t;
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

function ensureCsv(): void {
  if (existsSync(CSV) && statSync(CSV).size > 40 * MB) return;
  log(`generating ${CSV} (${THREADS} threads, seed 1)`);
  mkdirSync(OUT_DIR, { recursive: true });
  const result = spawnSync('npx', ['tsx', 'src/cli/demo-data.ts', '--threads', String(THREADS), '--seed', '1', '--format', 'csv', '--out', CSV], {
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error(`demo-data failed with status ${result.status}`);
}

async function pageHeapMB(page: Page): Promise<number> {
  const used = await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : 0');
  return round(Number(used) / MB, 1);
}

/** Samples the worker's used heap until stopped; every failure just leaves the figure null. */
function heapSampler(worker: Promise<WorkerSession | null>) {
  let peak = 0;
  let busy = false;
  let stopped = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    void worker
      .then((w) => w?.send<{ usedSize: number }>('Runtime.getHeapUsage'))
      .then((u) => { if (u) peak = Math.max(peak, u.usedSize); }, () => undefined)
      .finally(() => { busy = false; });
  }, 200);
  return { stop: () => { stopped = true; clearInterval(timer); return peak > 0 ? round(peak / MB, 1) : null; } };
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** Self time by function, heaviest first: where the worker's time went. */
function summarizeProfile(profile: CpuProfile, top = 15): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)?.callFrame;
    const file = f?.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    const key = f ? `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}` : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([key, msSelf]) => `${Math.round(msSelf).toString().padStart(7)} ms ${(100 * msSelf / total).toFixed(1).padStart(5)}%  ${key}`);
}

async function appRun(url: string, run: number, profile = false): Promise<AppRun> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    await page.getByRole('heading', { name: 'Studies' }).waitFor({ timeout: STEP_TIMEOUT });
    const studies = page.getByRole('list', { name: 'Studies' });
    await studies.waitFor({ timeout: STEP_TIMEOUT });
    await studies.getByText(/2,000 threads/).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('textbox', { name: 'New study name' }).fill(`Import bench ${run}`);
    await page.getByRole('button', { name: 'Create study' }).click();
    await page.getByRole('heading', { name: '1. Choose a file' }).waitFor({ timeout: STEP_TIMEOUT });

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const pageBeforeMB = await pageHeapMB(page);
    await page.evaluate(INSTRUMENT);

    const start = performance.now();
    await page.getByLabel(/^File/).setInputFiles(CSV);
    const worker = attachToWorker(browser.context, (u) => u.includes('import')).catch((e: Error) => {
      log(`  app run ${run}: cannot attach to the import worker (${e.message}); no worker heap figures`);
      return null;
    });
    const workerHeap = heapSampler(worker);
    await page.getByRole('heading', { name: /2\. Match the columns/ }).waitFor({ timeout: STEP_TIMEOUT });
    log(`  app run ${run}: read + parsed (${Math.round(performance.now() - start)} ms node clock)`);
    const profiler = profile ? await worker : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
      await profiler.send('Profiler.start');
    }
    await page.getByRole('button', { name: /^Check [\d,]+ rows/ }).click();
    const importButton = page.getByRole('button', { name: /^Import [\d,]+ valid threads$/ });
    await importButton.waitFor({ timeout: STEP_TIMEOUT });
    const label = (await importButton.textContent())?.trim();
    log(`  app run ${run}: validated ("${label}", ${Math.round(performance.now() - start)} ms)`);
    await importButton.click();
    await page.getByText(/^Stored 30,503 threads/).waitFor({ timeout: STEP_TIMEOUT });
    const wallWithClicksMs = performance.now() - start;
    log(`  app run ${run}: stored (${Math.round(wallWithClicksMs)} ms)`);
    if (profiler) {
      const { profile: cpu } = await profiler.send<{ profile: CpuProfile }>('Profiler.stop');
      writeFileSync(PROFILE_OUT, JSON.stringify(cpu));
      console.log(`\nimport worker CPU profile from "2. Match the columns" to "Stored" (profiled run, not counted; ${PROFILE_OUT}, open in DevTools):`);
      console.log('  self time by function:');
      for (const line of summarizeProfile(cpu)) console.log(`  ${line}`);
    }
    await page.waitForTimeout(SETTLE_MS);
    const workerPeakSampledMB = workerHeap.stop();

    const bench = await page.evaluate('(() => { clearInterval(window.__bench.sampler); return window.__bench; })()') as
      { marks: Marks; longTasks: LongTask[]; heapPeak: number };
    const pageAfterMB = await pageHeapMB(page);
    let workerAfterMB: number | null = null;
    let workerAfterGcMB: number | null = null;
    const w = await worker;
    if (w) {
      try {
        workerAfterMB = round((await w.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize / MB, 1);
        await w.send('HeapProfiler.enable');
        await w.send('HeapProfiler.collectGarbage');
        workerAfterGcMB = round((await w.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize / MB, 1);
      } catch (e) {
        log(`  app run ${run}: worker heap: ${(e as Error).message}`);
      }
      await w.close();
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = await cdp.send('Performance.getMetrics');
    const heapMetric = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    await cdp.detach();
    if (errors.length) log(`  app run ${run}: page errors: ${errors.join(' | ')}`);

    const m = bench.marks;
    const need = (k: keyof Marks) => {
      const v = m[k];
      if (v === undefined) throw new Error(`app run ${run}: no in-page mark "${k}" (marks: ${JSON.stringify(m)})`);
      return v;
    };
    const [fileChosen, mapping, checkClick, importButtonAt, importClick, stored] =
      (['fileChosen', 'mapping', 'checkClick', 'importButton', 'importClick', 'stored'] as const).map(need) as
      [number, number, number, number, number, number];
    const phases: [string, number, number][] = [
      ['read+parse', fileChosen, mapping], ['(mapping shown, before Check click)', mapping, checkClick],
      ['validate', checkClick, importButtonAt], ['(report shown, before Import click)', importButtonAt, importClick],
      ['write', importClick, stored],
    ];
    const byPhase: AppRun['longTasks']['byPhase'] = {};
    const during = bench.longTasks.filter((t) => t.start >= fileChosen - 1 && t.start < stored);
    for (const t of during) {
      const phase = phases.find(([, from, to]) => t.start >= from - 1 && t.start < to)?.[0] ?? 'other';
      const p = byPhase[phase] ??= { count: 0, maxMs: 0, totalMs: 0 };
      p.count++;
      p.maxMs = Math.max(p.maxMs, round(t.duration));
      p.totalMs += round(t.duration);
    }
    const after = bench.longTasks.filter((t) => t.start >= stored);
    const readParseMs = mapping - fileChosen;
    const validateMs = importButtonAt - checkClick;
    const writeMs = stored - importClick;
    return {
      readParseMs, validateMs, writeMs, totalMs: readParseMs + validateMs + writeMs, wallWithClicksMs,
      longTasks: { maxMs: round(Math.max(0, ...during.map((t) => t.duration))), count: during.length, byPhase },
      afterStored: { maxMs: round(Math.max(0, ...after.map((t) => t.duration))), count: after.length },
      heap: {
        pageBeforeMB, pagePeakSampledMB: round(bench.heapPeak / MB, 1), pageAfterMB,
        pageAfterGcMB: round(heapMetric / MB, 1), workerPeakSampledMB, workerAfterMB, workerAfterGcMB,
      },
    };
  } finally {
    await browser.close();
  }
}

async function baselineRun(url: string, run: number, variant = 'baseline'): Promise<BaselineRun> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(variant === 'baseline' ? url : `${url}/?variant=${variant}`);
    await page.waitForFunction('window.__baseline && window.__baseline.ready === true', undefined, { timeout: 30_000 });
    const start = performance.now();
    await page.getByLabel('File').setInputFiles(CSV);
    await page.waitForFunction('window.__baseline.result !== null || window.__baseline.error !== null', undefined, { timeout: STEP_TIMEOUT, polling: 50 });
    const wallMs = performance.now() - start;
    const state = await page.evaluate('window.__baseline') as {
      result: { rows: number; readParseMs: number; writeMs: number; totalMs: number; pageTotalMs: number } | null;
      error: string | null;
      longTasks: LongTask[];
    };
    if (!state.result) throw new Error(`baseline run ${run}: ${state.error ?? 'no result'}`);
    if (errors.length) log(`  baseline run ${run}: page errors: ${errors.join(' | ')}`);
    const r = state.result;
    log(`  ${variant} run ${run}: ${r.rows} rows, parse ${Math.round(r.readParseMs)} ms, write ${Math.round(r.writeMs)} ms`);
    return {
      rows: r.rows, readParseMs: r.readParseMs, writeMs: r.writeMs, totalMs: r.totalMs, pageTotalMs: r.pageTotalMs, wallMs,
      longTaskMaxMs: round(Math.max(0, ...state.longTasks.map((t) => t.duration))),
      pageHeapAfterMB: await pageHeapMB(page),
    };
  } finally {
    await browser.close();
  }
}

export interface ImportBenchResult {
  app: { readParseMs: number; validateMs: number; writeMs: number; totalMs: number; wallWithClicksMs: number };
  baseline: { readParseMs: number; writeMs: number; totalMs: number; pageTotalMs: number; wallMs: number };
  ratio: number;
  longestTaskMs: number;
  longTaskCount: number;
  pass: { ratio: boolean; longTasks: boolean };
}

export async function importBench(): Promise<ImportBenchResult> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`');
  ensureCsv();
  const csvBytes = statSync(CSV).size;
  const probe = await launchBenchBrowser();
  const chromiumVersion = probe.version;
  await probe.close();
  const app = await startPreviewServer();
  const baseline = await startStaticServer({
    '/': resolve('bench/baseline/index.html'),
    '/index.html': resolve('bench/baseline/index.html'),
    '/page.js': resolve('bench/baseline/page.js'),
    '/worker.js': resolve('bench/baseline/worker.js'),
    '/papaparse.min.js': resolve('node_modules/papaparse/papaparse.min.js'),
    '/dexie.min.js': resolve('node_modules/dexie/dist/dexie.min.js'),
  });
  const appRuns: AppRun[] = [];
  const baselineRuns: BaselineRun[] = [];
  const variantRuns: (BaselineRun & { variant: string })[] = [];
  try {
    log(`${THREADS} threads, ${(csvBytes / MB).toFixed(1)} MB CSV; Chromium ${chromiumVersion}; ${RUNS} runs of each, fresh profile each`);
    if (PROFILE) {
      log('profiled app run (not counted)');
      await appRun(app.url, 0, true);
    }
    for (let run = 1; run <= RUNS; run++) {
      const t = performance.now();
      appRuns.push(await appRun(app.url, run));
      baselineRuns.push(await baselineRun(baseline.url, run));
      log(`run ${run}/${RUNS} done in ${Math.round((performance.now() - t) / 1000)} s`);
    }
    for (const variant of VARIANTS) variantRuns.push({ variant, ...(await baselineRun(baseline.url, 1, variant)) });
  } finally {
    await app.close();
    await baseline.close();
  }

  for (const b of baselineRuns) {
    if (b.rows !== THREADS) log(`warning: the baseline parsed ${b.rows} rows, not ${THREADS}`);
  }
  const med = <T>(runs: T[], pick: (r: T) => number) => median(runs.map(pick));
  const medOrNull = (xs: (number | null)[]) => (xs.every((v) => v !== null) ? median(xs as number[]) : null);
  const a = {
    readParseMs: med(appRuns, (r) => r.readParseMs), validateMs: med(appRuns, (r) => r.validateMs),
    writeMs: med(appRuns, (r) => r.writeMs), totalMs: med(appRuns, (r) => r.totalMs),
    wallWithClicksMs: med(appRuns, (r) => r.wallWithClicksMs),
  };
  const b = {
    readParseMs: med(baselineRuns, (r) => r.readParseMs), writeMs: med(baselineRuns, (r) => r.writeMs),
    totalMs: med(baselineRuns, (r) => r.totalMs), pageTotalMs: med(baselineRuns, (r) => r.pageTotalMs),
    wallMs: med(baselineRuns, (r) => r.wallMs),
  };
  const ratio = a.totalMs / b.totalMs;
  const longestTaskMs = med(appRuns, (r) => r.longTasks.maxMs);
  const longTaskCount = med(appRuns, (r) => r.longTasks.count);
  const worstLongTaskMs = Math.max(...appRuns.map((r) => r.longTasks.maxMs));
  const pass = { ratio: ratio <= RATIO_TARGET, longTasks: worstLongTaskMs <= LONG_TASK_TARGET_MS };
  const heap = {
    pageBeforeMB: med(appRuns, (r) => r.heap.pageBeforeMB),
    pagePeakSampledMB: med(appRuns, (r) => r.heap.pagePeakSampledMB),
    pageAfterMB: med(appRuns, (r) => r.heap.pageAfterMB),
    pageAfterGcMB: med(appRuns, (r) => r.heap.pageAfterGcMB),
    workerPeakSampledMB: medOrNull(appRuns.map((r) => r.heap.workerPeakSampledMB)),
    workerAfterMB: medOrNull(appRuns.map((r) => r.heap.workerAfterMB)),
    workerAfterGcMB: medOrNull(appRuns.map((r) => r.heap.workerAfterGcMB)),
    baselinePageAfterMB: med(baselineRuns, (r) => r.pageHeapAfterMB),
  };

  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
  const x = (n: number, d: number) => (d > 0 ? `${(n / d).toFixed(2)}x` : '—');
  const passFail = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log(`\nimport bench: ${THREADS.toLocaleString('en-US')} threads, ${(csvBytes / MB).toFixed(1)} MB CSV, median of ${RUNS} runs (fresh profile each), Chromium ${chromiumVersion}, ${cpus().length} cores`);
  console.log('app = the real UI path (import worker: read, decode, parse, validate, write threads + texts + LLM labels + summary), timed in the page');
  console.log('      with performance.now() from the file input\'s change event / button click to the next step appearing in the DOM; "total" = the three phases, no click latency');
  console.log('baseline = a bare page whose classic worker reads the File, Papa.parse(header: true) and does one Dexie bulkAdd into one table keyed by thread_id, timed inside the worker\n');
  console.log(markdownTable([
    ['measure', 'app', 'baseline', 'ratio', 'target'],
    ['read + parse', ms(a.readParseMs), ms(b.readParseMs), x(a.readParseMs, b.readParseMs), ''],
    ['validate (app only)', ms(a.validateMs), '—', '', ''],
    ['write (to committed)', ms(a.writeMs), ms(b.writeMs), x(a.writeMs, b.writeMs), ''],
    ['import total', ms(a.totalMs), ms(b.totalMs), x(a.totalMs, b.totalMs), `≤ ${RATIO_TARGET}x ${passFail(pass.ratio)}`],
    ['baseline seen from its page', '', ms(b.pageTotalMs), x(a.totalMs, b.pageTotalMs), ''],
    ['wall incl. clicks (node clock)', ms(a.wallWithClicksMs), ms(b.wallMs), x(a.wallWithClicksMs, b.wallMs), ''],
  ]));
  if (variantRuns.length) {
    console.log('\nwrite shapes, in the baseline page (diagnostic, one run each; the same rows, parse excluded):');
    console.log(markdownTable([
      ['write shape', 'write', 'vs baseline write', 'vs app write'],
      ['baseline: 1 table, key thread_id, 1 bulkAdd', ms(b.writeMs), '1.00x', x(b.writeMs, a.writeMs)],
      ...variantRuns.map((v) => [v.variant, ms(v.writeMs), x(v.writeMs, b.writeMs), x(v.writeMs, a.writeMs)]),
      ['app (real import path)', ms(a.writeMs), x(a.writeMs, b.writeMs), '1.00x'],
    ]));
  }
  const spread = (xs: number[]) => xs.map((v) => Math.round(v).toLocaleString('en-US')).join(', ');
  console.log(`per run, import total: app ${spread(appRuns.map((r) => r.totalMs))} ms; baseline ${spread(baselineRuns.map((r) => r.totalMs))} ms (write ${spread(baselineRuns.map((r) => r.writeMs))} ms)`);
  console.log(`\nlongest main-thread task during the app's import: ${longestTaskMs} ms median, ${worstLongTaskMs} ms worst of ${RUNS} (target ≤ ${LONG_TASK_TARGET_MS} ms: ${passFail(pass.longTasks)}); long tasks (> 50 ms): ${longTaskCount} median`);
  const phaseNames = [...new Set(appRuns.flatMap((r) => Object.keys(r.longTasks.byPhase)))];
  for (const phase of phaseNames) {
    const per = appRuns.map((r) => r.longTasks.byPhase[phase] ?? { count: 0, maxMs: 0, totalMs: 0 });
    console.log(`  ${phase}: ${per.map((p) => `${p.count} task(s), max ${p.maxMs} ms, sum ${p.totalMs} ms`).join(' / ')}`);
  }
  console.log(`  after "Stored" (query refetch, ${SETTLE_MS} ms watched): ${appRuns.map((r) => `${r.afterStored.count} task(s), max ${r.afterStored.maxMs} ms`).join(' / ')}`);
  console.log(`  baseline page: longest task ${Math.max(...baselineRuns.map((r) => r.longTaskMaxMs))} ms`);
  console.log(`JS heap of the app's page (performance.memory.usedJSHeapSize, precise): before ${heap.pageBeforeMB} MB, peak sampled every 100 ms ${heap.pagePeakSampledMB} MB, after ${heap.pageAfterMB} MB; after a forced GC (CDP Performance.getMetrics JSHeapUsedSize) ${heap.pageAfterGcMB} MB`);
  console.log('  those are the page only: the import runs in a worker, whose heap performance.memory and the page\'s CDP metrics do not include;');
  console.log(heap.workerAfterMB !== null
    ? `  import worker (CDP Runtime.getHeapUsage on the worker): peak sampled every 200 ms ${heap.workerPeakSampledMB ?? '?'} MB, after the import ${heap.workerAfterMB} MB, after a forced GC ${heap.workerAfterGcMB ?? '?'} MB`
    : '  import worker: not measured (could not attach to it)');
  console.log(`  baseline page: ${heap.baselinePageAfterMB} MB`);
  console.log(`ratio ${passFail(pass.ratio)}, long tasks ${passFail(pass.longTasks)} (reported, not enforced)\n`);

  const result: ImportBenchResult = { app: a, baseline: b, ratio, longestTaskMs, longTaskCount, pass };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(JSON_OUT, `${JSON.stringify({
    date: new Date().toISOString(), threads: THREADS, csvBytes, runs: RUNS, chromium: chromiumVersion,
    chromiumArgs: BENCH_CHROMIUM_ARGS, cores: cpus().length,
    targets: { ratio: RATIO_TARGET, longTaskMs: LONG_TASK_TARGET_MS },
    median: { ...result, worstLongTaskMs, heap },
    runsDetail: { app: appRuns, baseline: baselineRuns, variants: variantRuns },
  }, null, 2)}\n`);
  log(`figures written to ${JSON_OUT}`);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  importBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
