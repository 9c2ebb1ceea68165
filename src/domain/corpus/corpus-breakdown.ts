import { compareIds } from '../agreement/rater-pairs';
import type { ThreadMeta } from '../threads/thread-meta';
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

const GROUPINGS = ['byDepartment', 'byRole', 'byClinicalGroup', 'bySocGroup', 'byMonth'] as const;
type Grouping = (typeof GROUPINGS)[number];

/**
 * Every thread of a study coded once (its LLM label and each grouping as small integers), so
 * that a filter change only counts integers: `corpusBreakdown` of 30,503 threads then takes a
 * few milliseconds instead of a string lookup per thread and grouping.
 */
export interface CorpusIndex {
  readonly position: ReadonlyMap<ThreadMeta, number>;
  readonly labelNames: string[];
  /** Label code per thread; -1 for unlabeled. */
  readonly label: Int32Array;
  readonly groups: Record<Grouping, { names: string[]; code: Int32Array }>;
}

export function indexCorpus(
  threads: readonly ThreadMeta[],
  labelOf: ReadonlyMap<string, string>,
  roleGroups: ReadonlyMap<string, RoleGroup>,
): CorpusIndex {
  const coder = () => {
    const codes = new Map<string, number>();
    const names: string[] = [];
    const code = new Int32Array(threads.length);
    return {
      names,
      code,
      set: (i: number, key: string) => {
        let c = codes.get(key);
        if (c === undefined) {
          c = names.length;
          codes.set(key, c);
          names.push(key);
        }
        code[i] = c;
      },
    };
  };
  const labels = coder();
  const label = new Int32Array(threads.length);
  const keyOf: Record<Grouping, (t: ThreadMeta) => string | null> = {
    byDepartment: (t) => t.department,
    byRole: (t) => t.role,
    byClinicalGroup: (t) => groupOfRole(roleGroups, t.role).clinical,
    bySocGroup: (t) => groupOfRole(roleGroups, t.role).soc,
    byMonth: (t) => t.createdAt?.slice(0, 7) ?? null,
  };
  const coders = Object.fromEntries(GROUPINGS.map((g) => [g, coder()])) as Record<Grouping, ReturnType<typeof coder>>;
  const position = new Map<ThreadMeta, number>();
  threads.forEach((t, i) => {
    position.set(t, i);
    const l = labelOf.get(t.threadId);
    if (l === undefined || l === '') label[i] = -1;
    else {
      labels.set(i, l);
      label[i] = labels.code[i]!;
    }
    for (const g of GROUPINGS) coders[g].set(i, keyOf[g](t) ?? NONE);
  });
  return {
    position,
    labelNames: labels.names,
    label,
    groups: Object.fromEntries(
      GROUPINGS.map((g) => [g, { names: coders[g].names, code: coders[g].code }]),
    ) as CorpusIndex['groups'],
  };
}

/**
 * The population's LLM labels counted overall and by department, role, role group and month:
 * what the corpus dashboard draws (issue #11). `population` is a subset of the threads `index`
 * was built from (e.g. `filterPopulation`'s). A thread without a label is counted in
 * `unlabeled` and nowhere else; shares are over labeled threads (as `npm run prevalence`).
 * Rows are sorted by code unit, months in time order, with NONE last.
 *
 * Throws, naming the function, on a thread that is not in the index.
 */
export function corpusBreakdown(index: CorpusIndex, population: readonly ThreadMeta[]): CorpusBreakdown {
  const k = index.labelNames.length;
  const positions = new Int32Array(population.length);
  const totals = new Array<number>(k).fill(0);
  let labeled = 0;
  population.forEach((t, n) => {
    const i = index.position.get(t);
    if (i === undefined) throw new Error(`corpusBreakdown: thread ${t.threadId} is not in the index`);
    positions[n] = i;
    const l = index.label[i]!;
    if (l >= 0) {
      totals[l]! += 1;
      labeled += 1;
    }
  });
  const order = totals
    .map((count, code) => ({ code, count }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || compareIds(index.labelNames[a.code]!, index.labelNames[b.code]!));
  const column = new Int32Array(k).fill(-1);
  order.forEach((x, c) => {
    column[x.code] = c;
  });
  const tab = (g: Grouping): CrossTab => {
    const { names, code } = index.groups[g];
    const cells = new Int32Array(names.length * order.length);
    const seen = new Uint8Array(names.length);
    for (const i of positions) {
      const l = index.label[i]!;
      if (l < 0) continue;
      cells[code[i]! * order.length + column[l]!]! += 1;
      seen[code[i]!] = 1;
    }
    const rows = names
      .map((name, r) => ({ name, r }))
      .filter((x) => seen[x.r] === 1)
      .sort((a, b) => (a.name === NONE ? 1 : b.name === NONE ? -1 : compareIds(a.name, b.name)));
    const counts = rows.map(({ r }) => Array.from(cells.subarray(r * order.length, (r + 1) * order.length)));
    return { rows: rows.map((x) => x.name), counts, rowTotals: counts.map((c) => c.reduce((s, n) => s + n, 0)) };
  };
  return {
    labeled,
    unlabeled: population.length - labeled,
    labels: order.map((x) => ({ label: index.labelNames[x.code]!, count: x.count, share: x.count / labeled })),
    ...(Object.fromEntries(GROUPINGS.map((g) => [g, tab(g)])) as Record<Grouping, CrossTab>),
  };
}
