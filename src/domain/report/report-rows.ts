import type { RatingRow } from '../agreement/ratings-matrix';

/** One sample's share of a report: its long-format rows (item id = thread id) and final labels. */
export interface SampleReportRows {
  readonly sampleId: string;
  readonly name: string;
  readonly rows: readonly RatingRow[];
  /** The final (gold) label of each decided thread of the sample. */
  readonly finals: readonly { readonly threadId: string; readonly label: string }[];
}

export interface ReportRows {
  /** The rows of every sample, concatenated in the given order: what the ratings export writes. */
  readonly rows: RatingRow[];
  /** Item id → gold label, with the same item ids as `rows`. */
  readonly gold: Map<string, string>;
  /** True when item ids are `<sample>/<thread id>` rather than thread ids. */
  readonly prefixed: boolean;
  /** Item id → the id of the sample it comes from (to split the rows, e.g. by codebook version). */
  readonly sampleOf: Map<string, string>;
}

/**
 * The long-format rows and gold labels of a set of samples, for one agreement report.
 *
 * Item ids are thread ids, unless a thread id occurs in more than one of the samples: then every
 * item id of the set becomes `<sample name>/<thread id>` (or `<sample id>/<thread id>` when two
 * of the samples share a name), so each (sample, thread) is one item and no rater rates an item
 * twice. The rule applies to the whole set, so an item id never depends on which other rows are
 * present in a subset (e.g. a per-codebook-version report uses the same ids).
 *
 * Preconditions: within a sample, thread ids of the rows and finals are those of the sample.
 */
export function reportRows(samples: readonly SampleReportRows[]): ReportRows {
  const owner = new Map<string, string>();
  let prefixed = false;
  for (const s of samples) {
    for (const row of s.rows) {
      const seenIn = owner.get(row.itemId);
      if (seenIn === undefined) owner.set(row.itemId, s.sampleId);
      else if (seenIn !== s.sampleId) prefixed = true;
    }
  }
  const names = samples.map((s) => s.name);
  const namesUnique = new Set(names).size === names.length;
  const rows: RatingRow[] = [];
  const gold = new Map<string, string>();
  const sampleOf = new Map<string, string>();
  for (const s of samples) {
    const itemId = (threadId: string) => (prefixed ? `${namesUnique ? s.name : s.sampleId}/${threadId}` : threadId);
    for (const row of s.rows) {
      const id = itemId(row.itemId);
      rows.push({ itemId: id, raterId: row.raterId, label: row.label });
      sampleOf.set(id, s.sampleId);
    }
    for (const f of s.finals) gold.set(itemId(f.threadId), f.label);
  }
  return { rows, gold, prefixed, sampleOf };
}
