import { compareIds } from '../agreement/rater-pairs';
import type { ThreadMeta } from '../study';
import type { RoleGroup } from './role-groups';

/** Labeled threads counted by a grouping (rows) and LLM label (columns). */
export interface CrossTab {
  readonly rows: string[];
  /** counts[row][label], labels in `CorpusBreakdown.labels` order. */
  readonly counts: number[][];
  readonly rowTotals: number[];
}

export interface LabelShare {
  readonly label: string;
  readonly count: number;
  /** count / labeled threads. */
  readonly share: number;
}

export interface CorpusBreakdown {
  /** Threads of the population with an LLM label. */
  readonly labeled: number;
  readonly unlabeled: number;
  /** Most frequent first, ties by code unit: the order of every table and figure. */
  readonly labels: LabelShare[];
  readonly byDepartment: CrossTab;
  readonly byRole: CrossTab;
  /** By the role's clinical group (clinician / non-clinician by default). */
  readonly byClinicalGroup: CrossTab;
  readonly bySocGroup: CrossTab;
  /** By calendar month 'YYYY-MM' (UTC) of `createdAt`, in time order; undated threads in NONE. */
  readonly byMonth: CrossTab;
}

/** The row of a thread without a department, role or date. */
export const NONE = '(none)';

/** The groups of a role, including a thread without one (its groups are NONE). */
export const groupOfRole = (groups: ReadonlyMap<string, RoleGroup>, role: string | null): RoleGroup =>
  (role === null ? undefined : groups.get(role)) ?? { clinical: NONE, soc: NONE };

/**
 * The population's LLM labels counted overall and by department, role, role group and month:
 * what the corpus dashboard draws (issue #11). A thread without a label in `labelOf` is counted
 * in `unlabeled` and nowhere else; shares are over labeled threads (as `npm run prevalence`).
 * Rows are sorted by code unit, months in time order with NONE last. One pass per grouping over
 * the threads: linear in their number, ~10 ms for 30,503 (bench/corpus-bench.ts).
 */
export function corpusBreakdown(
  threads: readonly ThreadMeta[],
  labelOf: ReadonlyMap<string, string>,
  roleGroups: ReadonlyMap<string, RoleGroup>,
): CorpusBreakdown {
  const labeled: { thread: ThreadMeta; label: string }[] = [];
  const totals = new Map<string, number>();
  for (const thread of threads) {
    const label = labelOf.get(thread.threadId);
    if (label === undefined || label === '') continue;
    labeled.push({ thread, label });
    totals.set(label, (totals.get(label) ?? 0) + 1);
  }
  const labels = [...totals].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .map(([label, count]) => ({ label, count, share: count / labeled.length }));
  const column = new Map(labels.map((l, i) => [l.label, i]));
  const tab = (keyOf: (t: ThreadMeta) => string | null, order: (a: string, b: string) => number = compareIds): CrossTab => {
    const byRow = new Map<string, number[]>();
    for (const { thread, label } of labeled) {
      const key = keyOf(thread) ?? NONE;
      let row = byRow.get(key);
      if (!row) { row = new Array<number>(labels.length).fill(0); byRow.set(key, row); }
      row[column.get(label)!]! += 1;
    }
    const rows = [...byRow.keys()].sort((a, b) => (a === NONE ? 1 : b === NONE ? -1 : order(a, b)));
    const counts = rows.map((r) => byRow.get(r)!);
    return { rows, counts, rowTotals: counts.map((c) => c.reduce((s, n) => s + n, 0)) };
  };
  return {
    labeled: labeled.length,
    unlabeled: threads.length - labeled.length,
    labels,
    byDepartment: tab((t) => t.department),
    byRole: tab((t) => t.role),
    byClinicalGroup: tab((t) => groupOfRole(roleGroups, t.role).clinical),
    bySocGroup: tab((t) => groupOfRole(roleGroups, t.role).soc),
    byMonth: tab((t) => t.createdAt?.slice(0, 7) ?? null),
  };
}
