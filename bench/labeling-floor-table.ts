import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { LONG_CHARS, round } from './labeling-config';
import type { RunResult } from './labeling-run';
import { median } from './support/figures';
import { markdownTable } from './support/markdown-table';

/** `uptime`'s line (load averages over 1, 5 and 15 minutes), or Node's load averages where the command is missing. */
export function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8', timeout: 5_000 }).trim();
  } catch {
    return `load average: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`;
  }
}

const ratio = (a: number | undefined, b: number) => (a === undefined ? '—' : `${(a / b).toFixed(2)}x`);
const ms = (x: number | undefined) => (x === undefined ? '—' : String(round(x)));

/**
 * Each run's app medians (all presses, the next thread shorter than LONG_CHARS, and at least
 * that long) against the bare page's floors measured in the same browser at the same moments,
 * then the medians of the runs: on a shared machine only figures of one run compare.
 */
export function floorTable(runs: readonly RunResult[]): string {
  const rows = runs.map((r) => ({
    load: `${r.load.before}→${r.load.after}`,
    all: r.all.medianMs,
    rest: r.rest?.medianMs,
    long: r.long?.medianMs,
    frame: r.baseline.frame.medianMs,
    write: r.baseline.write.medianMs,
  }));
  const of = (f: (row: (typeof rows)[number]) => number | undefined) => {
    const xs = rows.map(f).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const line = (name: string, load: string, r: Omit<(typeof rows)[number], 'load'>) => [
    name,
    load,
    ms(r.all),
    ms(r.rest),
    ms(r.long),
    ms(r.frame),
    ms(r.write),
    ratio(r.all, r.frame),
    ratio(r.rest, r.frame),
    ratio(r.long, r.frame),
    ratio(r.all, r.write),
  ];
  const long = `≥ ${LONG_CHARS.toLocaleString('en-US')}`;
  return markdownTable([
    [
      'run',
      'load avg (1 min)',
      'app median ms',
      `< ${LONG_CHARS.toLocaleString('en-US')} chars`,
      `${long} chars`,
      'frame floor ms',
      'put + frame floor ms',
      'app / frame',
      `< ${LONG_CHARS.toLocaleString('en-US')} / frame`,
      `${long} / frame`,
      'app / put + frame',
    ],
    ...rows.map((r, i) => line(String(i + 1), r.load, r)),
    line('median of runs', '', {
      all: of((r) => r.all)!,
      rest: of((r) => r.rest),
      long: of((r) => r.long),
      frame: of((r) => r.frame)!,
      write: of((r) => r.write)!,
    }),
  ]);
}
