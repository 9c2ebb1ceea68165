import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CSV, MB, PROFILE_OUT, SETTLE_MS, STEP_TIMEOUT, log, round } from './import-config';
import { launchBenchBrowser } from './support/chromium';
import { attachToWorker, type WorkerSession } from './support/worker-cdp';

export interface LongTask {
  start: number;
  duration: number;
}

/** In-page timestamps (performance.now(), ms) of each step of the import, set by INSTRUMENT. */
interface Marks {
  fileChosen?: number;
  mapping?: number;
  checkClick?: number;
  importButton?: number;
  importClick?: number;
  stored?: number;
}

export interface AppRun {
  /** In-page phases: the app's own time, without Playwright's click latency. */
  readParseMs: number;
  validateMs: number;
  writeMs: number;
  totalMs: number;
  /** Node clock from setInputFiles to "Stored" waited for: includes the clicks in between. */
  wallWithClicksMs: number;
  longTasks: {
    maxMs: number;
    count: number;
    byPhase: Record<string, { count: number; maxMs: number; totalMs: number }>;
  };
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

export async function pageHeapMB(page: Page): Promise<number> {
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
      .then(
        (u) => {
          if (u) peak = Math.max(peak, u.usedSize);
        },
        () => undefined,
      )
      .finally(() => {
        busy = false;
      });
  }, 200);
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      return peak > 0 ? round(peak / MB, 1) : null;
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time by function, heaviest first: where the worker's time went. */
function summarizeProfile(profile: CpuProfile, top = 15): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)?.callFrame;
    const file = f?.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    const key = f
      ? `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`
      : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([key, msSelf]) =>
        `${Math.round(msSelf).toString().padStart(7)} ms ${((100 * msSelf) / total).toFixed(1).padStart(5)}%  ${key}`,
    );
}

export async function appRun(url: string, run: number, profile = false): Promise<AppRun> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
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
      console.log(
        `\nimport worker CPU profile from "2. Match the columns" to "Stored" (profiled run, not counted; ${PROFILE_OUT}, open in DevTools):`,
      );
      console.log('  self time by function:');
      for (const line of summarizeProfile(cpu)) console.log(`  ${line}`);
    }
    await page.waitForTimeout(SETTLE_MS);
    const workerPeakSampledMB = workerHeap.stop();

    const bench = (await page.evaluate(
      '(() => { clearInterval(window.__bench.sampler); return window.__bench; })()',
    )) as { marks: Marks; longTasks: LongTask[]; heapPeak: number };
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
    const [fileChosen, mapping, checkClick, importButtonAt, importClick, stored] = (
      ['fileChosen', 'mapping', 'checkClick', 'importButton', 'importClick', 'stored'] as const
    ).map(need) as [number, number, number, number, number, number];
    const phases: [string, number, number][] = [
      ['read+parse', fileChosen, mapping],
      ['(mapping shown, before Check click)', mapping, checkClick],
      ['validate', checkClick, importButtonAt],
      ['(report shown, before Import click)', importButtonAt, importClick],
      ['write', importClick, stored],
    ];
    const byPhase: AppRun['longTasks']['byPhase'] = {};
    const during = bench.longTasks.filter((t) => t.start >= fileChosen - 1 && t.start < stored);
    for (const t of during) {
      const phase = phases.find(([, from, to]) => t.start >= from - 1 && t.start < to)?.[0] ?? 'other';
      const p = (byPhase[phase] ??= { count: 0, maxMs: 0, totalMs: 0 });
      p.count++;
      p.maxMs = Math.max(p.maxMs, round(t.duration));
      p.totalMs += round(t.duration);
    }
    const after = bench.longTasks.filter((t) => t.start >= stored);
    const readParseMs = mapping - fileChosen;
    const validateMs = importButtonAt - checkClick;
    const writeMs = stored - importClick;
    return {
      readParseMs,
      validateMs,
      writeMs,
      totalMs: readParseMs + validateMs + writeMs,
      wallWithClicksMs,
      longTasks: { maxMs: round(Math.max(0, ...during.map((t) => t.duration))), count: during.length, byPhase },
      afterStored: { maxMs: round(Math.max(0, ...after.map((t) => t.duration))), count: after.length },
      heap: {
        pageBeforeMB,
        pagePeakSampledMB: round(bench.heapPeak / MB, 1),
        pageAfterMB,
        pageAfterGcMB: round(heapMetric / MB, 1),
        workerPeakSampledMB,
        workerAfterMB,
        workerAfterGcMB,
      },
    };
  } finally {
    await browser.close();
  }
}
