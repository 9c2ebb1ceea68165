import type { Page } from 'playwright-core';

export interface LongTasks {
  /** The longest main-thread task (PerformanceObserver `longtask`, over 50 ms), 0 when none. */
  longestMs: number;
  over50: number;
  over100: number;
  /** The longest animation frame and the scripts that ran in it (`long-animation-frame`), or null. */
  frame: { ms: number; blockingMs: number; scripts: string[] } | null;
}

/** Starts counting the page's long tasks and frames from now on; the function returned reads them. */
export async function watchLongTasks(page: Page): Promise<() => Promise<LongTasks>> {
  await page.evaluate(`(() => {
    const tasks = { longestMs: 0, over50: 0, over100: 0, frame: null };
    window.__benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        tasks.longestMs = Math.max(tasks.longestMs, Math.round(e.duration));
        tasks.over50 += 1;
        if (e.duration > 100) tasks.over100 += 1;
      }
    }).observe({ type: 'longtask', buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (tasks.frame && tasks.frame.ms >= e.duration) continue;
        const scripts = e.scripts.map(
          (s) => Math.round(s.duration) + ' ms ' + s.invoker + ' (' + s.sourceURL.split('/').pop() + ')',
        );
        tasks.frame = { ms: Math.round(e.duration), blockingMs: Math.round(e.blockingDuration), scripts };
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  })()`);
  return async () => (await page.evaluate('window.__benchTasks')) as LongTasks;
}
