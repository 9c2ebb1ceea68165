import type { CDPSession, Page } from 'playwright-core';

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
}

/** A press's critical window on the page's performance.now() clock: keydown → frame done. */
export interface Window {
  from: number;
  to: number;
}

export interface ProfileHandle {
  stop(windows: readonly Window[]): Promise<string[]>;
}

/**
 * Samples the page's main thread every 100 µs (BENCH_LABELING_PROFILE=1) and, at the end, sums
 * self time by function over the presses' critical windows only: what the reviewer waits for,
 * not the reading ahead between presses. Build unminified (`npx vite build --minify false`) for
 * readable names. The profile's clock is aligned to performance.now() by one evaluate right
 * after the start (off by well under a millisecond).
 */
export async function startProfile(cdp: CDPSession, page: Page): Promise<ProfileHandle> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const pageStart = Number(await page.evaluate('performance.now()'));
  return {
    stop: async (windows) => {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      return summarize(profile, pageStart, windows);
    },
  };
}

const nameOf = (n: ProfileNode | undefined) => {
  const f = n?.callFrame;
  const file = f?.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
  return f ? `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}` : '?';
};

const heaviest = (m: Map<string, number>, top: number, per: (ms: number) => string) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${per(ms).padStart(7)} ms  ${key}`);

function summarize(profile: CpuProfile, pageStart: number, windows: readonly Window[], top = 25): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const sorted = [...windows].sort((a, b) => a.from - b.from);
  let at = 0;
  let w = 0;
  let inside = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    const t = pageStart + at;
    while (w < sorted.length && sorted[w]!.to < t) w++;
    if (w >= sorted.length || sorted[w]!.from > t) return;
    inside += delta;
    const key = nameOf(byNode.get(id));
    self.set(key, (self.get(key) ?? 0) + delta);
    // Inclusive time: each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(nameOf(byNode.get(n)));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + delta);
  });
  const per = (ms: number) => (ms / Math.max(1, windows.length)).toFixed(2);
  return [
    `${per(inside)} ms sampled per press inside keydown → frame done (${windows.length} presses); self time by function:`,
    ...heaviest(self, top, per),
    'inclusive time by function:',
    ...heaviest(total, top, per),
  ];
}
