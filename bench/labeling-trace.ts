import type { Trace } from './support/chrome-trace';
import { median } from './support/figures';
import { LONG_CHARS, round } from './labeling-config';

/** What the renderer's main thread did inside one press's keydown → frame done window. */
export type PressCpu = Record<(typeof KINDS)[number][0], number>;

// Thread (CPU) time, not wall time: on a machine shared with other agents a descheduled thread
// stretches every event's duration, while its CPU time stays what the page costs. Nested events
// of one kind count once (a Paint inside a Paint).
const KINDS = [
  ['tasks (all main-thread work)', ['RunTask']],
  ['script', ['FunctionCall', 'EvaluateScript', 'RunMicrotasks']],
  ['  of which history.replaceState', ['FrameLoader::updateForSameDocumentNavigation']],
  ['style (Recalculate Style)', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['pre-paint and paint', ['PrePaint', 'Paint']],
  ['layerize and commit', ['Layerize', 'Commit']],
  ['hover update (hit test, mouse events)', ['EventHandler::handleMouseMoveEvent']],
] as const;

type Event = Trace['traceEvents'][number] & { ts: number; tdur?: number };

/** The renderer main thread with the most events: the app's page (a trace also holds the browser's threads). */
function mainThreadEvents(trace: Trace): Event[] {
  const events = trace.traceEvents as Event[];
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
}

const isKeydown = (e: Event) =>
  e.name === 'EventDispatch' && (e.args as { data?: { type?: string } } | undefined)?.data?.type === 'keydown';

/**
 * Per press, CPU time by kind between its keydown (the n-th keydown of the trace: only the
 * presses are typed while it records) and its frame done, from the press's own listener → painted span.
 */
export function pressCpu(trace: Trace, presses: readonly { listenerTs: number; painted: number }[]): PressCpu[] {
  const events = mainThreadEvents(trace);
  const keydowns = events.filter(isKeydown);
  if (keydowns.length !== presses.length)
    throw new Error(`labeling trace: ${keydowns.length} keydown events in the trace for ${presses.length} presses`);
  let from = 0;
  return presses.map((p, i) => {
    const start = keydowns[i]!.ts;
    const end = start + (p.painted - p.listenerTs) * 1000;
    while (from < events.length && events[from]!.ts + (events[from]!.dur ?? 0) < start) from++;
    const cpu = Object.fromEntries(KINDS.map(([kind]) => [kind, 0])) as PressCpu;
    const busyUntil = new Map<string, number>();
    for (let j = from; j < events.length && events[j]!.ts < end; j++) {
      const e = events[j]!;
      for (const [kind, names] of KINDS) {
        if (!(names as readonly string[]).includes(e.name) || (busyUntil.get(kind) ?? 0) > e.ts) continue;
        busyUntil.set(kind, e.ts + (e.dur ?? 0));
        // The task in which the keydown runs began before it: count only the part after.
        const share = e.ts < start ? Math.max(0, e.ts + (e.dur ?? 0) - start) / (e.dur || 1) : 1;
        cpu[kind] += ((e.tdur ?? e.dur ?? 0) * share) / 1000;
      }
    }
    return cpu;
  });
}

/** Lines of a table: median CPU ms per press by kind, next thread long or not. */
export function pressCpuLines(cpu: readonly PressCpu[], chars: readonly (number | null)[]): string[][] {
  const long = cpu.filter((_, i) => (chars[i] ?? 0) >= LONG_CHARS);
  const rest = cpu.filter((_, i) => (chars[i] ?? 0) < LONG_CHARS);
  const med = (xs: readonly PressCpu[], kind: keyof PressCpu) =>
    xs.length ? String(round(median(xs.map((c) => c[kind])), 2)) : '—';
  return [
    [
      'main-thread CPU per press (median ms)',
      `next ≥ ${LONG_CHARS.toLocaleString('en-US')} chars (${long.length})`,
      `shorter (${rest.length})`,
    ],
    ...KINDS.map(([kind]) => [kind, med(long, kind), med(rest, kind)]),
  ];
}
