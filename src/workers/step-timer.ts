/**
 * Times the steps of one task, from now, as User Timing measures named `concord <task>: <step>`,
 * one after the other. They show in a DevTools or Chromium trace, where bench/packets-bench.ts
 * reads them; where User Timing is missing (jsdom) the steps run untimed.
 */
export function stepTimer(task: string): (step: string) => void {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    if (typeof performance.measure === 'function')
      performance.measure(`concord ${task}: ${step}`, { start: last, end: now });
    last = now;
  };
}
