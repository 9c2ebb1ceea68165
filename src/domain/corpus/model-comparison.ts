import { bootstrapIntervals, type BootstrapOptions } from '../agreement/bootstrap.ts';
import { classificationMetrics } from '../agreement/classification-metrics.ts';
import { cohenKappaSe, kappaFromTable } from '../agreement/cohen-kappa.ts';
import { MISSING, raterIndex, type EncodedRatings } from '../agreement/encoded-ratings.ts';
import { KAPPA_RANGE, plainEstimate, waldEstimate, type Estimate } from '../agreement/estimate.ts';
import { modelGoldReport } from '../agreement/model-gold-report.ts';
import { confusionTable, tallyGold, type GoldTally } from '../agreement/model-vs-gold.ts';
import { mcnemarExact, type McNemarExact } from './mcnemar-exact.ts';

export interface ModelRunMetrics {
  readonly rater: string;
  /** Wilson interval and percentile bootstrap. */
  readonly accuracy: Estimate;
  /** Bootstrap only. */
  readonly macroF1: Estimate;
  /** Cohen's kappa against the gold labels: Fleiss–Cohen–Everitt Wald interval and bootstrap. */
  readonly kappa: Estimate;
  /** F1 per category of `ModelComparison.categories`, bootstrap only. */
  readonly perCategoryF1: readonly Estimate[];
}

export interface ModelComparison {
  /** Gold items that both runs labeled: the only items either run is judged on. */
  readonly items: number;
  readonly categories: readonly string[];
  readonly models: readonly [ModelRunMetrics, ModelRunMetrics];
  readonly mcnemar: McNemarExact;
  /** Macro F1 of the first minus the second, with the paired bootstrap interval. */
  readonly macroF1Difference: Estimate;
  readonly bootstrap: BootstrapOptions;
}

/**
 * Two LLM runs (two raters of `data`) compared on the same gold labels: each run's accuracy,
 * macro F1, per-category F1 (definitions of `classificationMetrics`: macro F1 over the
 * categories in the gold labels or that run's labels) and Cohen's kappa against gold, all on
 * the gold items both runs labeled; the exact McNemar test on those items (`mcnemarExact`:
 * b = only the first correct, c = only the second correct); and the macro-F1 difference
 * (first − second) with a paired percentile bootstrap: each resample draws items with
 * replacement and scores both runs on the same draw (Efron & Tibshirani 1993, ch. 13; the same
 * resamples give every interval of the comparison, see `bootstrapIntervals`).
 *
 * Edge cases: no shared gold item gives items 0, every statistic null with a reason and p = 1;
 * a statistic undefined in some resamples is counted in its `undefinedResamples`.
 *
 * Preconditions (each throws, naming the function): both raters are rater ids of `data` and
 * differ; gold labels are non-empty strings; `options` as `bootstrapIntervals`.
 */
export function compareModels(
  data: EncodedRatings,
  first: string,
  second: string,
  gold: ReadonlyMap<string, string>,
  options: BootstrapOptions,
): ModelComparison {
  if (first === second) throw new Error('compareModels: the two runs must be different raters');
  const a = raterIndex(data, first, 'compareModels');
  const b = raterIndex(data, second, 'compareModels');
  const shared = new Map<string, string>();
  data.itemIds.forEach((id, i) => {
    const label = gold.get(id);
    const labeled = data.codes[i * data.nRaters + a] !== MISSING && data.codes[i * data.nRaters + b] !== MISSING;
    if (label !== undefined && labeled) shared.set(id, label);
  });
  // Both tallies hold the same items in the same order, so position j is one item in both.
  const tallies = [tallyGold(data, first, shared), tallyGold(data, second, shared)].map(byPosition);
  const [ta, tb] = tallies as [GoldTally, GoldTally];
  const n = ta.items.length;
  const k = ta.categories.length;
  const ones = new Uint32Array(n).fill(1);

  let b01 = 0;
  let c10 = 0;
  for (let j = 0; j < n; j++) {
    const aRight = isDiagonal(ta.cells[j]!, k);
    const bRight = isDiagonal(tb.cells[j]!, k);
    if (aRight && !bRight) b01 += 1;
    if (bRight && !aRight) c10 += 1;
  }

  const statistics = (t: GoldTally, w: Uint32Array) => {
    const table = confusionTable(t, w);
    const m = classificationMetrics(table, k);
    return { table, m, kappa: kappaFromTable(table, k) };
  };
  const family = (w: Uint32Array): (number | null)[] => {
    const [sa, sb] = [statistics(ta, w), statistics(tb, w)];
    const diff =
      sa.m.macroF1.value === null || sb.m.macroF1.value === null ? null : sa.m.macroF1.value - sb.m.macroF1.value;
    return [sa, sb]
      .flatMap((s) => [s.m.accuracy.value, s.m.macroF1.value, s.kappa.value, ...s.m.perCategory.map((c) => c.f1.value)])
      .concat(diff);
  };
  const [intervals] = bootstrapIntervals(n, options, [family]);
  const at = (i: number) => intervals![i]!;
  const stride = 3 + k;

  const runMetrics = (rater: string, t: GoldTally, r: number): ModelRunMetrics => {
    const report = modelGoldReport(t);
    const { table, kappa } = statistics(t, ones);
    const kappaSe = kappa.value === null ? null : cohenKappaSe(table, k, kappa.value);
    return {
      rater,
      accuracy: { ...report.accuracy, bootstrap: at(r * stride) },
      macroF1: { ...report.macroF1, bootstrap: at(r * stride + 1) },
      kappa: { ...waldEstimate(kappa, kappaSe, KAPPA_RANGE), bootstrap: at(r * stride + 2) },
      perCategoryF1: report.perCategory.map((c, i) => ({ ...c.f1, bootstrap: at(r * stride + 3 + i) })),
    };
  };
  const models = [runMetrics(first, ta, 0), runMetrics(second, tb, 1)] as const;
  const [fa, fb] = [models[0].macroF1, models[1].macroF1];
  const difference =
    fa.value === null || fb.value === null
      ? plainEstimate({ value: null, reason: fa.reason ?? fb.reason ?? '' })
      : plainEstimate({ value: fa.value - fb.value, reason: null });
  return {
    items: n,
    categories: ta.categories,
    models,
    mcnemar: mcnemarExact(b01, c10),
    macroF1Difference: { ...difference, bootstrap: at(2 * stride) },
    bootstrap: { seed: options.seed, resamples: options.resamples },
  };
}

const byPosition = (t: GoldTally): GoldTally => ({ ...t, items: Int32Array.from(t.items.keys()) });

const isDiagonal = (cell: number, k: number) => Math.floor(cell / k) === cell % k;
