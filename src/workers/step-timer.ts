/**
 * Times the steps of one task as User Timing measures named `concord <task>: <step>`, one after
 * the other from `start` (in a worker, 0 is the worker's own start). They show in a DevTools or
 * Chromium trace, where bench/packets-bench.ts reads them; where User Timing is missing (jsdom)
 * the steps run untimed.
 */
export function stepTimer(task: string, start = performance.now()): (step: string) => void {
  let last = start;
  return (step) => {
    const now = performance.now();
    if (typeof performance.measure === 'function')
      performance.measure(`concord ${task}: ${step}`, { start: last, end: now });
    last = now;
  };
}
