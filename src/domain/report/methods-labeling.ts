import { list } from './report-format';
import { formatCount, plural } from '../format-count';

/** One thread of the report: how many of its sample's reviewers labeled it, of how many. */
export interface ThreadLabels {
  readonly labels: number;
  readonly reviewers: number;
}

/** What the labeling sentence says about who labeled, besides the threads. */
export interface LabelingContext {
  /** Reviewers of each sample. */
  readonly sampleReviewers: readonly number[];
  /** Distinct reviewers over the samples. */
  readonly reviewerCount: number;
  readonly codebooks: readonly { readonly version: number; readonly categories: number }[];
}

/** Whether no reviewer has labeled any thread yet (then there is nothing to report). */
export function nothingLabeled(threads: readonly ThreadLabels[]): boolean {
  return threads.every((t) => t.labels === 0);
}

/**
 * The sentence on who labeled the threads, stating only what happened (issue #9): "Each thread
 * was labeled independently by the same 3 reviewers, …" only when every thread has the labels of
 * all its sample's reviewers; else "5 of 8 threads were labeled independently by all 3 reviewers,
 * the rest by 2, …", the rest broken down by number of labels when they differ.
 */
export function labelingSentence(threads: readonly ThreadLabels[], context: LabelingContext): string {
  const counts = [...new Set(context.sampleReviewers)].sort((a, b) => a - b);
  const all = context.reviewerCount;
  const books = context.codebooks.map((c) => `${c.version} (${plural(c.categories, 'category', 'categories')})`);
  const codebook = books.length === 1 ? `codebook version ${books[0]}` : `codebook versions ${list(books)}`;
  const tail = `blind to each other's labels and to the LLM's label, using ${codebook}.`;
  const complete = threads.filter((t) => t.labels >= t.reviewers).length;
  if (complete === threads.length) {
    const who =
      counts.length === 1
        ? counts[0] === all
          ? `the same ${formatCount(counts[0]!)} reviewers`
          : `${formatCount(counts[0]!)} reviewers (${formatCount(all)} in all)`
        : `the ${formatCount(counts[0]!)} to ${formatCount(counts.at(-1)!)} reviewers of its sample (${formatCount(all)} in all)`;
    return `Each thread was labeled independently by ${who}, ${tail}`;
  }
  const who =
    counts.length === 1
      ? `all ${formatCount(counts[0]!)} reviewers${counts[0] === all ? '' : ` of its sample (${formatCount(all)} in all)`}`
      : `all the reviewers of its sample (${formatCount(counts[0]!)} to ${formatCount(counts.at(-1)!)}, ${formatCount(all)} in all)`;
  const verb = complete === 1 ? 'was' : 'were';
  return `${formatCount(complete)} of ${plural(threads.length, 'thread')} ${verb} labeled independently by ${who}, ${rest(threads)}, ${tail}`;
}

/** "the rest by 2", "the rest by none yet", or "the rest by fewer (3 by 2, 1 by 1 and 2 by none yet)". */
function rest(threads: readonly ThreadLabels[]): string {
  const byLabels = new Map<number, number>();
  for (const t of threads) if (t.labels < t.reviewers) byLabels.set(t.labels, (byLabels.get(t.labels) ?? 0) + 1);
  const groups = [...byLabels].sort((a, b) => b[0] - a[0]);
  const by = (labels: number) => (labels === 0 ? 'by none yet' : `by ${formatCount(labels)}`);
  if (groups.length === 1) return `the rest ${by(groups[0]![0])}`;
  return `the rest by fewer (${list(groups.map(([labels, n]) => `${formatCount(n)} ${by(labels)}`))})`;
}
