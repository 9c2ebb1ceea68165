// Import bench: 30,503 generated threads (49 MB of CSV) through the app's real import path in
// headless Chromium (UI → import worker → IndexedDB), against a baseline of the same rows in the
// same browser build: Papa.parse + one raw Dexie bulkAdd in a worker of a bare page.
// Targets: the app's import within 1.5x of the baseline; no main-thread task over 200 ms.
// Figures are printed and written to bench/out/import-bench.json; a missed target prints FAIL
// but is not an error (this is a benchmark, not a test).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPreviewServer } from '../tests/e2e/support/server';
import { appRun, type AppRun } from './import-app-run';
import { baselineRun, type BaselineRun } from './import-baseline-run';
import {
  CSV,
  JSON_OUT,
  LONG_TASK_TARGET_MS,
  MB,
  OUT_DIR,
  PROFILE,
  RATIO_TARGET,
  RUNS,
  SETTLE_MS,
  THREADS,
  VARIANTS,
  log,
} from './import-config';
import { BENCH_CHROMIUM_ARGS, launchBenchBrowser } from './support/chromium';
import { ensureDemoCsv } from './support/demo-csv';
import { median } from './support/figures';
import { markdownTable } from './support/markdown-table';
import { startStaticServer } from './support/static-server';

export interface ImportBenchResult {
  app: { readParseMs: number; validateMs: number; writeMs: number; totalMs: number; wallWithClicksMs: number };
  baseline: { readParseMs: number; writeMs: number; totalMs: number; pageTotalMs: number; wallMs: number };
  ratio: number;
  longestTaskMs: number;
  longTaskCount: number;
  pass: { ratio: boolean; longTasks: boolean };
}

export async function importBench(): Promise<ImportBenchResult> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`');
  ensureDemoCsv(CSV, THREADS, 1, log, 40 * MB);
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
    log(
      `${THREADS} threads, ${(csvBytes / MB).toFixed(1)} MB CSV; Chromium ${chromiumVersion}; ${RUNS} runs of each, fresh profile each`,
    );
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
    readParseMs: med(appRuns, (r) => r.readParseMs),
    validateMs: med(appRuns, (r) => r.validateMs),
    writeMs: med(appRuns, (r) => r.writeMs),
    totalMs: med(appRuns, (r) => r.totalMs),
    wallWithClicksMs: med(appRuns, (r) => r.wallWithClicksMs),
  };
  const b = {
    readParseMs: med(baselineRuns, (r) => r.readParseMs),
    writeMs: med(baselineRuns, (r) => r.writeMs),
    totalMs: med(baselineRuns, (r) => r.totalMs),
    pageTotalMs: med(baselineRuns, (r) => r.pageTotalMs),
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
  console.log(
    `\nimport bench: ${THREADS.toLocaleString('en-US')} threads, ${(csvBytes / MB).toFixed(1)} MB CSV, median of ${RUNS} runs (fresh profile each), Chromium ${chromiumVersion}, ${cpus().length} cores`,
  );
  console.log(
    'app = the real UI path (import worker: read, decode, parse, validate, write threads + texts + LLM labels + summary), timed in the page',
  );
  console.log(
    '      with performance.now() from the file input\'s change event / button click to the next step appearing in the DOM; "total" = the three phases, no click latency',
  );
  console.log(
    'baseline = a bare page whose classic worker reads the File, Papa.parse(header: true) and does one Dexie bulkAdd into one table keyed by thread_id, timed inside the worker\n',
  );
  console.log(
    markdownTable([
      ['measure', 'app', 'baseline', 'ratio', 'target'],
      ['read + parse', ms(a.readParseMs), ms(b.readParseMs), x(a.readParseMs, b.readParseMs), ''],
      ['validate (app only)', ms(a.validateMs), '—', '', ''],
      ['write (to committed)', ms(a.writeMs), ms(b.writeMs), x(a.writeMs, b.writeMs), ''],
      [
        'import total',
        ms(a.totalMs),
        ms(b.totalMs),
        x(a.totalMs, b.totalMs),
        `≤ ${RATIO_TARGET}x ${passFail(pass.ratio)}`,
      ],
      ['baseline seen from its page', '', ms(b.pageTotalMs), x(a.totalMs, b.pageTotalMs), ''],
      ['wall incl. clicks (node clock)', ms(a.wallWithClicksMs), ms(b.wallMs), x(a.wallWithClicksMs, b.wallMs), ''],
    ]),
  );
  if (variantRuns.length) {
    console.log('\nwrite shapes, in the baseline page (diagnostic, one run each; the same rows, parse excluded):');
    console.log(
      markdownTable([
        ['write shape', 'write', 'vs baseline write', 'vs app write'],
        ['baseline: 1 table, key thread_id, 1 bulkAdd', ms(b.writeMs), '1.00x', x(b.writeMs, a.writeMs)],
        ...variantRuns.map((v) => [v.variant, ms(v.writeMs), x(v.writeMs, b.writeMs), x(v.writeMs, a.writeMs)]),
        ['app (real import path)', ms(a.writeMs), x(a.writeMs, b.writeMs), '1.00x'],
      ]),
    );
  }
  const spread = (xs: number[]) => xs.map((v) => Math.round(v).toLocaleString('en-US')).join(', ');
  console.log(
    `per run, import total: app ${spread(appRuns.map((r) => r.totalMs))} ms; baseline ${spread(baselineRuns.map((r) => r.totalMs))} ms (write ${spread(baselineRuns.map((r) => r.writeMs))} ms)`,
  );
  console.log(
    `\nlongest main-thread task during the app's import: ${longestTaskMs} ms median, ${worstLongTaskMs} ms worst of ${RUNS} (target ≤ ${LONG_TASK_TARGET_MS} ms: ${passFail(pass.longTasks)}); long tasks (> 50 ms): ${longTaskCount} median`,
  );
  const phaseNames = [...new Set(appRuns.flatMap((r) => Object.keys(r.longTasks.byPhase)))];
  for (const phase of phaseNames) {
    const per = appRuns.map((r) => r.longTasks.byPhase[phase] ?? { count: 0, maxMs: 0, totalMs: 0 });
    console.log(
      `  ${phase}: ${per.map((p) => `${p.count} task(s), max ${p.maxMs} ms, sum ${p.totalMs} ms`).join(' / ')}`,
    );
  }
  console.log(
    `  after "Stored" (query refetch, ${SETTLE_MS} ms watched): ${appRuns.map((r) => `${r.afterStored.count} task(s), max ${r.afterStored.maxMs} ms`).join(' / ')}`,
  );
  console.log(`  baseline page: longest task ${Math.max(...baselineRuns.map((r) => r.longTaskMaxMs))} ms`);
  console.log(
    `JS heap of the app's page (performance.memory.usedJSHeapSize, precise): before ${heap.pageBeforeMB} MB, peak sampled every 100 ms ${heap.pagePeakSampledMB} MB, after ${heap.pageAfterMB} MB; after a forced GC (CDP Performance.getMetrics JSHeapUsedSize) ${heap.pageAfterGcMB} MB`,
  );
  console.log(
    "  those are the page only: the import runs in a worker, whose heap performance.memory and the page's CDP metrics do not include;",
  );
  console.log(
    heap.workerAfterMB !== null
      ? `  import worker (CDP Runtime.getHeapUsage on the worker): peak sampled every 200 ms ${heap.workerPeakSampledMB ?? '?'} MB, after the import ${heap.workerAfterMB} MB, after a forced GC ${heap.workerAfterGcMB ?? '?'} MB`
      : '  import worker: not measured (could not attach to it)',
  );
  console.log(`  baseline page: ${heap.baselinePageAfterMB} MB`);
  console.log(`ratio ${passFail(pass.ratio)}, long tasks ${passFail(pass.longTasks)} (reported, not enforced)\n`);

  const result: ImportBenchResult = { app: a, baseline: b, ratio, longestTaskMs, longTaskCount, pass };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(
    JSON_OUT,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        threads: THREADS,
        csvBytes,
        runs: RUNS,
        chromium: chromiumVersion,
        chromiumArgs: BENCH_CHROMIUM_ARGS,
        cores: cpus().length,
        targets: { ratio: RATIO_TARGET, longTaskMs: LONG_TASK_TARGET_MS },
        median: { ...result, worstLongTaskMs, heap },
        runsDetail: { app: appRuns, baseline: baselineRuns, variants: variantRuns },
      },
      null,
      2,
    )}\n`,
  );
  log(`figures written to ${JSON_OUT}`);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  importBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
