import { markdownTable } from './markdown-table';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface SyncBench {
  reviewers: number;
  labels: number;
  provisionMs: number;
  prepareMs: number;
  writeMs: number;
  convergeMs: number;
  eventsPerSecond: number;
  floorMs: number[];
  floorEventsPerSecond: number;
  longestTaskMs: number;
  tasksOver100: number;
  loadBefore: string;
  loadAfter: string;
}

/** The sync bench's figures as a table, with the load before and after. */
export function printResult(r: SyncBench, chromium: string): void {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const total = r.reviewers * r.labels;
  console.log(`\nSync (${r.reviewers} reviewers × ${r.labels} labels through the test server; Chromium ${chromium})`);
  console.log(`uptime before: ${r.loadBefore}\nuptime after:  ${r.loadAfter}\n`);
  console.log(
    markdownTable([
      ['step', 'measured', 'target', ''],
      [`provision ${r.reviewers} reviewer databases (click to every access shown)`, `${r.provisionMs} ms`, '', ''],
      [
        `write ${total.toLocaleString('en')} label events (Node, each reviewer's user, _bulk_docs)`,
        `${r.writeMs} ms`,
        '',
        '',
      ],
      [
        `converged: first event written to every reviewer's "labels received ${r.labels} of ${r.labels}" on the lead's samples page`,
        `${r.convergeMs} ms (${r.eventsPerSecond} events/s)`,
        '',
        '',
      ],
      [
        `floor, same run: the same events read from the server, decrypted, checked, folded in Node (median of ${r.floorMs.length})`,
        `${median(r.floorMs)} ms (${r.floorEventsPerSecond} events/s): app ${(r.convergeMs / median(r.floorMs)).toFixed(2)}x`,
        '',
        '',
      ],
      [
        "longest main-thread task on the lead's page meanwhile",
        `${r.longestTaskMs} ms (${r.tasksOver100} over 100 ms)`,
        '≤ 100 ms',
        verdict(r.longestTaskMs <= 100),
      ],
    ]),
  );
}
