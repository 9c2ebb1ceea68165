import { pageHeapMB, type LongTask } from './import-app-run';
import { CSV, STEP_TIMEOUT, log, round } from './import-config';
import { launchBenchBrowser } from './support/chromium';

export interface BaselineRun {
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

export async function baselineRun(url: string, run: number, variant = 'baseline'): Promise<BaselineRun> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(variant === 'baseline' ? url : `${url}/?variant=${variant}`);
    await page.waitForFunction('window.__baseline && window.__baseline.ready === true', undefined, { timeout: 30_000 });
    const start = performance.now();
    await page.getByLabel('File').setInputFiles(CSV);
    await page.waitForFunction('window.__baseline.result !== null || window.__baseline.error !== null', undefined, {
      timeout: STEP_TIMEOUT,
      polling: 50,
    });
    const wallMs = performance.now() - start;
    const state = (await page.evaluate('window.__baseline')) as {
      result: { rows: number; readParseMs: number; writeMs: number; totalMs: number; pageTotalMs: number } | null;
      error: string | null;
      longTasks: LongTask[];
    };
    if (!state.result) throw new Error(`baseline run ${run}: ${state.error ?? 'no result'}`);
    if (errors.length) log(`  baseline run ${run}: page errors: ${errors.join(' | ')}`);
    const r = state.result;
    log(
      `  ${variant} run ${run}: ${r.rows} rows, parse ${Math.round(r.readParseMs)} ms, write ${Math.round(r.writeMs)} ms`,
    );
    return {
      rows: r.rows,
      readParseMs: r.readParseMs,
      writeMs: r.writeMs,
      totalMs: r.totalMs,
      pageTotalMs: r.pageTotalMs,
      wallMs,
      longTaskMaxMs: round(Math.max(0, ...state.longTasks.map((t) => t.duration))),
      pageHeapAfterMB: await pageHeapMB(page),
    };
  } finally {
    await browser.close();
  }
}
