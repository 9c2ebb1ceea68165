import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { addReviewers, waitForStudies } from '../tests/e2e/support/app';
import {
  CSV,
  LONG_CHARS,
  PAUSE_MS,
  PRESS_TIMEOUT,
  REVIEWERS,
  SAMPLE_SEED,
  SAMPLE_SIZE,
  PROFILE,
  STEP_TIMEOUT,
  THREADS,
  TRACE,
  TRACE_OUT,
  log,
  round,
} from './labeling-config';
import { launchBenchBrowser } from './support/chromium';
import { startTrace, stopTrace, summarizeTrace } from './support/chrome-trace';
import { stats, type Stats } from './support/figures';
import { openBaseline, type BaselineResult } from './labeling-baseline';
import { IDB_WRITES, INSTRUMENT } from './labeling-page-scripts';
import { startProfile } from './labeling-profile';
import { withTimeout } from './support/with-timeout';
import { pressCpu, pressCpuLines } from './labeling-trace';
import { markdownTable } from './support/markdown-table';

/** One keypress, in-page timestamps (ms, performance.now() clock). */
export interface Press {
  key: string;
  /** Position (1-based) of the thread labeled, and its id, read from the heading at keydown. */
  position: number;
  fromThread: string;
  /** The thread shown after the press ('' after the last). */
  toThread: string;
  eventTs: number;
  listenerTs: number;
  /** The ratings write: readwrite transaction created and completed (null if not seen). */
  writeStart: number | null;
  writeDone: number | null;
  dom: number;
  raf: number;
  painted: number;
}

export interface PressFigures {
  position: number;
  fromThread: string;
  toThread: string;
  /** Characters of the thread painted after the press (null after the last press). */
  toChars: number | null;
  totalMs: number;
  inputDelayMs: number;
  toWriteDoneMs: number | null;
  writeMs: number | null;
  writeToDomMs: number | null;
  domToPaintMs: number;
  /** DOM → the next frame's rAF (waiting for the frame), rAF → frame done (style, layout, paint). */
  domToRafMs: number;
  rafToPaintMs: number;
}

/**
 * Where a press's time goes, in order: the label's transaction (the view may not move before it
 * is complete), React's commit of the next thread, then the frame that shows it.
 */
export const PHASES: readonly (readonly [string, (p: PressFigures) => number | null])[] = [
  ['input delay (timeStamp → listener)', (p) => p.inputDelayMs],
  ['keydown → label committed (IndexedDB)', (p) => p.toWriteDoneMs],
  ['  the readwrite transaction alone', (p) => p.writeMs],
  ['committed → next thread in the DOM (React)', (p) => p.writeToDomMs],
  ['in the DOM → frame painted', (p) => p.domToPaintMs],
  ["  → the frame's rAF (tasks before it)", (p) => p.domToRafMs],
  ['  rAF → frame done (style, layout, paint)', (p) => p.rafToPaintMs],
];

export interface RunResult {
  presses: PressFigures[];
  all: Stats;
  long: Stats | null;
  rest: Stats | null;
  phases: Record<string, Stats | null>;
  longTasks: { count: number; maxMs: number };
  /** CDP Performance.getMetrics deltas over the 200 presses (seconds → ms). */
  mainThreadMs: Record<string, number>;
  wallSeconds: number;
  /** The bare page's floors, pressed between the app's presses (labeling-baseline.ts). */
  baseline: BaselineResult;
  /** The machine's 1-minute load average before and after the presses (2 cores shared with other agents). */
  load: { before: number; after: number };
}

async function prepareQueue(page: Page, url: string, run: number): Promise<void> {
  await page.goto(url);
  await waitForStudies(page);
  await page
    .getByRole('list', { name: 'Studies' })
    .getByText(/2,000 threads/)
    .waitFor({ timeout: STEP_TIMEOUT });
  const study = `Labeling bench ${run}`;
  await page.getByRole('textbox', { name: 'New study name' }).fill(study);
  await page.getByRole('button', { name: 'Create study' }).click();
  await page.getByRole('heading', { name: '1. Choose a file' }).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByLabel(/^File/).setInputFiles(CSV);
  await page.getByRole('button', { name: /^Check [\d,]+ rows/ }).click({ timeout: STEP_TIMEOUT });
  const importButton = page.getByRole('button', { name: /^Import [\d,]+ valid threads$/ });
  await importButton.waitFor({ timeout: STEP_TIMEOUT });
  await importButton.click();
  await page.getByText(`Stored ${THREADS.toLocaleString('en-US')} threads`).waitFor({ timeout: STEP_TIMEOUT });
  log(`  run ${run}: imported ${THREADS} threads`);

  await page.goto(url);
  await waitForStudies(page);
  await page.getByRole('link', { name: `Samples of ${study}` }).click();
  await addReviewers(page, REVIEWERS);
  const form = page.getByRole('form', { name: 'Draw a sample' });
  await form.getByRole('spinbutton', { name: 'Size (threads)' }).fill(String(SAMPLE_SIZE));
  await form.getByRole('spinbutton', { name: 'Seed' }).fill(String(SAMPLE_SEED));
  await form.getByRole('checkbox', { name: 'Frequent users only' }).uncheck();
  await form.getByRole('checkbox', { name: 'Include threads of earlier samples' }).uncheck();
  await form.getByRole('button', { name: 'Draw sample' }).click();
  await page
    .getByText(`Drew “Sample 1”: ${SAMPLE_SIZE} threads, seed ${SAMPLE_SEED}.`)
    .waitFor({ timeout: STEP_TIMEOUT });
  log(`  run ${run}: drew ${SAMPLE_SIZE} threads, seed ${SAMPLE_SEED}`);

  const reviewer = REVIEWERS[0][0];
  const link = page
    .getByRole('navigation', { name: /Who is working on Sample 1/ })
    .getByRole('link', { name: new RegExp(reviewer) });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByText(`Labeling as ${reviewer}`).waitFor({ timeout: STEP_TIMEOUT });
  await page
    .getByRole('heading', { name: new RegExp(`^Thread 1 of ${SAMPLE_SIZE}`) })
    .waitFor({ timeout: STEP_TIMEOUT });
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(
    list.filter((m) => (METRICS as readonly string[]).includes(m.name)).map((m) => [m.name, m.value]),
  );
}

export async function labelingRun(url: string, run: number, lengths: Map<string, number>): Promise<RunResult> {
  const browser = await launchBenchBrowser();
  const baseline = await openBaseline();
  try {
    await browser.context.addInitScript({ content: IDB_WRITES });
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await prepareQueue(page, url, run);

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(INSTRUMENT);
    await page.waitForTimeout(500);
    const loadBefore = loadavg()[0]!;
    const traced = TRACE && run === 1;
    if (traced) await startTrace(cdp);
    const profiler = PROFILE && run === 1 ? await startProfile(cdp, page) : null;
    const before = await metrics(cdp);
    const longTasksFrom = Number(await page.evaluate('performance.now()'));
    const start = performance.now();
    for (let i = 0; i < SAMPLE_SIZE; i++) {
      await page.keyboard.press(String((i % 9) + 1));
      await withTimeout(
        page.evaluate(`window.__labeling.wait(${i + 1})`),
        PRESS_TIMEOUT,
        `run ${run}: press ${i + 1} did not show the next thread`,
      );
      if (PAUSE_MS > 0) await page.waitForTimeout(PAUSE_MS);
      await baseline.press(i + 1);
      if ((i + 1) % 50 === 0) log(`  run ${run}: ${i + 1}/${SAMPLE_SIZE} labeled`);
    }
    const wallSeconds = (performance.now() - start) / 1000;
    const loadAfter = loadavg()[0]!;
    const after = await metrics(cdp);
    const trace = traced ? await stopTrace(cdp) : null;
    if (trace) {
      writeFileSync(TRACE_OUT, JSON.stringify(trace));
      console.log(
        `\nmain-thread time by trace event during the ${SAMPLE_SIZE} presses of run 1 (${TRACE_OUT}, open in DevTools → Performance):`,
      );
      for (const line of summarizeTrace(trace)) console.log(`  ${line}`);
    }
    await page.getByText(`All ${SAMPLE_SIZE} threads of this sample are labeled`).waitFor({ timeout: STEP_TIMEOUT });
    const state = (await page.evaluate('window.__labeling')) as {
      presses: Press[];
      longTasks: { start: number; duration: number }[];
    };
    if (profiler) {
      const lines = await profiler.stop(state.presses.map((p) => ({ from: p.eventTs, to: p.painted })));
      console.log(`\nCPU profile of run 1 (BENCH_LABELING_PROFILE=1; build with --minify false for names):`);
      for (const line of lines) console.log(`  ${line}`);
    }
    await cdp.detach();
    if (errors.length) log(`  run ${run}: page errors: ${errors.join(' | ')}`);
    if (state.presses.length !== SAMPLE_SIZE)
      throw new Error(`run ${run}: ${state.presses.length} presses measured, not ${SAMPLE_SIZE}`);

    const presses: PressFigures[] = state.presses.map((p) => ({
      position: p.position,
      fromThread: p.fromThread,
      toThread: p.toThread,
      toChars: p.toThread ? (lengths.get(p.toThread) ?? null) : null,
      totalMs: p.painted - p.eventTs,
      inputDelayMs: p.listenerTs - p.eventTs,
      toWriteDoneMs: p.writeDone === null ? null : p.writeDone - p.eventTs,
      writeMs: p.writeDone === null || p.writeStart === null ? null : p.writeDone - p.writeStart,
      writeToDomMs: p.writeDone === null ? null : p.dom - p.writeDone,
      domToPaintMs: p.painted - p.dom,
      domToRafMs: p.raf - p.dom,
      rafToPaintMs: p.painted - p.raf,
    }));
    if (trace) {
      const cpu = pressCpu(trace, state.presses);
      console.log(`\nrun 1, inside each press's keydown → frame done (trace, CPU time of the page's main thread):`);
      console.log(
        markdownTable(
          pressCpuLines(
            cpu,
            presses.map((p) => p.toChars),
          ),
        ),
      );
    }
    const pick = (f: (p: PressFigures) => number | null) => presses.map(f).filter((x): x is number => x !== null);
    const during = state.longTasks.filter((t) => t.start >= longTasksFrom);
    return {
      presses,
      all: stats(presses.map((p) => p.totalMs))!,
      long: stats(presses.filter((p) => (p.toChars ?? 0) >= LONG_CHARS).map((p) => p.totalMs)),
      rest: stats(presses.filter((p) => (p.toChars ?? 0) < LONG_CHARS).map((p) => p.totalMs)),
      phases: Object.fromEntries(PHASES.map(([name, f]) => [name, stats(pick(f))])),
      longTasks: { count: during.length, maxMs: round(Math.max(0, ...during.map((t) => t.duration))) },
      mainThreadMs: Object.fromEntries(METRICS.map((k) => [k, round(((after[k] ?? 0) - (before[k] ?? 0)) * 1000, 0)])),
      wallSeconds: round(wallSeconds),
      baseline: await baseline.result(),
      load: { before: round(loadBefore), after: round(loadAfter) },
    };
  } finally {
    await Promise.all([browser.close(), baseline.close()]);
  }
}
