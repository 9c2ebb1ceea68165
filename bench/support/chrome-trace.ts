import type { CDPSession } from 'playwright-core';

export interface Trace {
  traceEvents: {
    name: string;
    ph: string;
    dur?: number;
    tid: number;
    pid: number;
    cat: string;
    args?: Record<string, unknown>;
  }[];
}

/** Main-thread (CrRendererMain) time by top-level trace event name, heaviest first. */
export function summarizeTrace(trace: Trace, top = 14): string[] {
  const events = trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byName = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(`${e.pid}:${e.tid}`)) continue;
    if (
      ![
        'FunctionCall',
        'EventDispatch',
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'PrePaint',
        'Layerize',
        'RunMicrotasks',
        'TimerFire',
        'FireAnimationFrame',
        'HitTest',
        'ParseHTML',
        'MajorGC',
        'MinorGC',
        'V8.GC_SCAVENGER',
        'V8.GC_MARK_COMPACTOR',
        'Commit',
        'UpdateLayer',
        'IntersectionObserverController::computeIntersections',
        'ScheduleStyleRecalculation',
        'RunTask',
        'v8.run',
        'V8.Execute',
        'CpuProfiler::StartProfiling',
        'ProfileChunk',
      ].includes(e.name)
    )
      continue;
    const x = byName.get(e.name) ?? { ms: 0, n: 0 };
    x.ms += e.dur / 1000;
    x.n++;
    byName.set(e.name, x);
  }
  return [...byName]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([name, x]) => `${Math.round(x.ms).toString().padStart(7)} ms  ${String(x.n).padStart(6)}×  ${name}`);
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'blink',
        'loading',
        'blink.user_timing',
        'toplevel',
      ],
    },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<Trace> {
  const done = new Promise<string>((resolveStream) => {
    cdp.once('Tracing.tracingComplete', (e) => resolveStream(e.stream ?? ''));
  });
  await cdp.send('Tracing.end');
  const handle = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as Trace | Trace['traceEvents'];
  return Array.isArray(parsed) ? { traceEvents: parsed } : parsed;
}
