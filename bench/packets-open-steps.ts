// The open of a reviewer packet, step by step, from a Chromium trace of the reviewer's page: the
// crypto worker times each step as a User Timing measure (`concord open-packet: <step>`,
// src/workers/packet-tasks.ts), and the page marks the frame after the queue's first thread is in
// the DOM. Both land in one trace on one clock, so the last step (the page's part: the answer
// from the worker, the route, the queue's first reads and its first paint) is their difference.
import type { CDPSession, Page } from 'playwright-core';
import { startTrace, stopTrace, type Trace } from './support/chrome-trace';

const MEASURE_PREFIX = 'concord open-packet: ';
const CLICKED = 'concord bench: open clicked';
const PAINTED = 'concord bench: queue painted';
const CLICK_STEP = 'page: the click to the request in the worker';
const START_UP = 'concord crypto worker: start-up';
export const PAGE_STEP = "page: the worker's answer to the queue's first paint";

export interface OpenStep {
  step: string;
  ms: number;
}

/** The crypto worker's own load, apart from the steps: it overlaps them, or ends before the click when warmed. */
export interface WorkerStartUp {
  ms: number;
  /** Negative: loaded before the click (started when the file was chosen). */
  endAfterClickMs: number;
}

/**
 * User Timing only, unless `full` (BENCH_PACKETS_TRACE=1): the timeline categories show what the
 * page and the worker ran, but slow the open they time.
 */
export async function startOpenTrace(cdp: CDPSession, full: boolean): Promise<void> {
  if (full) return startTrace(cdp);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordContinuously', includedCategories: ['blink.user_timing'] },
  });
}

export async function markOpenClicked(page: Page): Promise<void> {
  await page.evaluate((name) => performance.mark(name), CLICKED);
}

/** Marks, on the page, the frame after the heading of the queue's first thread appears. */
export async function markQueuePaint(page: Page, heading: RegExp): Promise<void> {
  await page.evaluate(
    ({ source, flags, name }) => {
      const pattern = new RegExp(source, flags);
      const observer = new MutationObserver(() => {
        const found = [...document.querySelectorAll('h1, h2, h3')].some((h) => pattern.test(h.textContent ?? ''));
        if (!found) return;
        observer.disconnect();
        // The frame that paints the heading, then the task after it: the paint is done.
        requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { source: heading.source, flags: heading.flags, name: PAINTED },
  );
}

/** The worker's steps in order between the page's, and the worker's start-up; throws naming what the trace lacks. */
export function openStepsOf(trace: Trace): { steps: OpenStep[]; startUp: WorkerStartUp } {
  type Event = Trace['traceEvents'][number] & { ts: number; id2?: { local?: string } };
  const events = trace.traceEvents as Event[];
  const begins = new Map<string, Event>();
  const measures: (OpenStep & { end: number })[] = [];
  for (const e of events) {
    if (!e.name.startsWith(MEASURE_PREFIX) && e.name !== START_UP) continue;
    const key = `${e.pid}:${e.id2?.local}:${e.name}`;
    if (e.ph === 'b') begins.set(key, e);
    const begin = begins.get(key);
    if (e.ph === 'e' && begin) measures.push({ step: e.name, ms: (e.ts - begin.ts) / 1000, end: e.ts });
  }
  const mark = (name: string) => {
    const found = events.find((e) => e.name === name);
    if (!found) throw new Error(`packets bench: the trace holds no mark "${name}"`);
    return found.ts;
  };
  const startUp = measures.find((m) => m.step === START_UP);
  const steps = measures.filter((m) => m.step.startsWith(MEASURE_PREFIX)).sort((a, b) => a.end - b.end);
  if (!startUp || steps.length === 0) throw new Error('packets bench: the trace holds no step of the crypto worker');
  const clicked = mark(CLICKED);
  const requested = steps[0]!.end - steps[0]!.ms * 1000;
  return {
    steps: [
      { step: CLICK_STEP, ms: (requested - clicked) / 1000 },
      ...steps.map(({ step, ms }) => ({ step: step.slice(MEASURE_PREFIX.length), ms })),
      { step: PAGE_STEP, ms: (mark(PAINTED) - steps.at(-1)!.end) / 1000 },
    ],
    startUp: { ms: startUp.ms, endAfterClickMs: (startUp.end - clicked) / 1000 },
  };
}

export async function stopOpenTrace(cdp: CDPSession): Promise<ReturnType<typeof openStepsOf> & { trace: Trace }> {
  const trace = await stopTrace(cdp);
  return { ...openStepsOf(trace), trace };
}

/** Per step, the median over runs (each run lists the same steps; a step missing in one is an error). */
export function medianSteps(runs: OpenStep[][]): OpenStep[] {
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  return runs[0]!.map(({ step }) => ({
    step,
    ms: median(
      runs.map((run) => {
        const found = run.find((s) => s.step === step);
        if (!found) throw new Error(`packets bench: a run lacks the step "${step}"`);
        return found.ms;
      }),
    ),
  }));
}
