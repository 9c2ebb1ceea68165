// What the backup bench installs in the page before the measured action, and how it reads it back.
import type { Page } from 'playwright-core';

const MB = 1024 * 1024;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));

export interface LongTask {
  start: number;
  duration: number;
}
export interface Bench {
  marks: Record<string, number>;
  longTasks: LongTask[];
  heapPeak: number;
}

/** Installed just before the measured action: long tasks, a 100 ms heap sampler (blind inside a long task),
 *  in-page times of the steps. A string, so the bundler cannot slip helpers into page code. */
export const INSTRUMENT = `(() => {
  const b = window.__bench = { marks: {}, longTasks: [], heapPeak: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  const sample = () => { b.heapPeak = Math.max(b.heapPeak, performance.memory.usedJSHeapSize); };
  sample(), b.sampler = setInterval(sample, 100);
  const mark = (k) => { if (b.marks[k] === undefined) b.marks[k] = performance.now(); };
  document.addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') mark('chosen'); }, true);
  document.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('button')) mark('click'); }, true);
  const steps = [['writing', /Writing the study/], ['restored', /Restored “/], ['saved', /Saved .*backup/]];
  new MutationObserver(() => {
    const text = document.body.textContent;
    for (const [k, re] of steps) if (b.marks[k] === undefined && re.test(text)) mark(k);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

export const collect = async (page: Page) =>
  page.evaluate('(() => { clearInterval(window.__bench.sampler); return window.__bench; })()') as Promise<Bench>;
export const longest = (tasks: LongTask[], from = -Infinity, to = Infinity) =>
  round(Math.max(0, ...tasks.filter((t) => t.start >= from - 1 && t.start < to).map((t) => t.duration)));
export const heapMB = async (page: Page) =>
  round(Number(await page.evaluate('performance.memory.usedJSHeapSize')) / MB, 1);
