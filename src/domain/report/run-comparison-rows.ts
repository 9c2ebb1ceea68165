import type { BootstrapOptions } from '../agreement/bootstrap';
import { encodeRatings } from '../agreement/encoded-ratings';
import { ratingsMatrixFromRows, type RatingRow } from '../agreement/ratings-matrix';
import { compareModels, type ModelComparison } from '../corpus/model-comparison';
import { FORMULA_TRIGGERS } from '../formats/spreadsheet-safety';
import { reportRows, type ReportRows } from './report-rows';

/**
 * The rater ids of two runs in the comparison's ratings file: their names, made fit for
 * `npm run compare-models -- --models A,B` (a comma becomes ';'; a name a spreadsheet would run
 * as a formula, which the CSV writer would prefix with an apostrophe, starts with '_'); two
 * runs with the same name become "name (1)" and "name (2)".
 */
export function comparisonRaterIds(first: string, second: string): [string, string] {
  const fit = (name: string, fallback: string) => {
    const id = name.trim().replace(/,/g, ';') || fallback;
    return FORMULA_TRIGGERS.includes(id.charAt(0)) ? `_${id}` : id;
  };
  const [a, b] = [fit(first, 'run 1'), fit(second, 'run 2')];
  return a === b ? [`${a} (1)`, `${b} (2)`] : [a, b];
}

/** One chosen sample of the report: its threads and final (gold) labels. */
export interface ComparedSample {
  readonly sampleId: string;
  readonly name: string;
  readonly threadIds: readonly string[];
  readonly finals: readonly { readonly threadId: string; readonly label: string }[];
}

/** A run as a rater: its rater id and its labels (thread id → label). */
export interface ComparedRun {
  readonly raterId: string;
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * The long-format rows of two runs over the report's samples (every thread × run, `null` where
 * the run gave no label) and the samples' gold labels, with the item ids the report uses
 * (`reportRows`: thread ids, or `<sample>/<thread id>` when a thread is in two of the samples).
 * The ratings and gold files `npm run compare-models` reads are exactly these.
 */
export function runComparisonRows(
  samples: readonly ComparedSample[],
  runs: readonly [ComparedRun, ComparedRun],
): ReportRows {
  return reportRows(
    samples.map((s) => ({
      sampleId: s.sampleId,
      name: s.name,
      finals: s.finals,
      rows: s.threadIds.flatMap((threadId) =>
        runs.map((r) => ({ itemId: threadId, raterId: r.raterId, label: r.labels.get(threadId) ?? null })),
      ),
    })),
  );
}

/** `compareModels` on long-format rows: what the agreement worker runs, and the CLI on the exported files. */
export function compareRunRows(
  rows: readonly RatingRow[],
  raters: readonly [string, string],
  gold: ReadonlyMap<string, string>,
  options: BootstrapOptions,
): ModelComparison {
  return compareModels(encodeRatings(ratingsMatrixFromRows(rows)), raters[0], raters[1], gold, options);
}
