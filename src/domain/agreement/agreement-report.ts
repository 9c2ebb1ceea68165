import { bootstrapIntervals, DEFAULT_RESAMPLES } from './bootstrap.ts';
import { cohenKappa, type CohenKappa } from './cohen-kappa.ts';
import { encodeRatings, MISSING, raterIndex, type EncodedRatings } from './encoded-ratings.ts';
import type { BootstrapInterval, Estimate } from './estimate.ts';
import { fleissKappas, type FleissCategoryKappa, type FleissKappa } from './fleiss-kappa.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { meanPairwiseAgreement } from './mean-pairwise-agreement.ts';
import { modelGoldReport, type ModelGoldReport } from './model-gold-report.ts';
import { tallyGold } from './model-vs-gold.ts';
import { percentAgreement } from './percent-agreement.ts';
import { reportResampleKernel } from './resample-kernel.ts';
import { compareIds, raterPairs } from './rater-pairs.ts';
import type { RatingsMatrix } from './ratings-matrix.ts';

export interface AgreementReportOptions {
  /** The codebook's categories; default: the distinct labels, sorted. Must include every label. */
  readonly categories?: readonly string[];
  /** The rater id of the model (the LLM): left out of the agreement among humans, compared to each. */
  readonly modelRater?: string;
  /** Adjudicated gold labels, item id → label; needs `modelRater`. */
  readonly gold?: ReadonlyMap<string, string>;
  /** Percentile bootstrap over items; resamples default to 1,000. */
  readonly bootstrap?: { readonly seed: number; readonly resamples?: number };
}

export interface AgreementReport {
  /** Items in the matrix. */
  readonly items: number;
  /** The raters whose agreement is measured (every rater but the model), sorted. */
  readonly raters: readonly string[];
  readonly categories: readonly string[];
  readonly percentAgreement: Estimate & { readonly items: number };
  readonly meanPairwiseAgreement: Estimate & { readonly pairs: number };
  readonly fleiss: FleissKappa & { readonly perCategory: readonly FleissCategoryKappa[] };
  readonly krippendorff: Estimate & { readonly items: number };
  /** One per pair of raters, a < b, pairs sorted. */
  readonly cohen: readonly CohenKappa[];
  readonly model: {
    readonly rater: string;
    readonly cohen: readonly CohenKappa[];
    readonly gold: ModelGoldReport | null;
  } | null;
  readonly bootstrap: { readonly seed: number; readonly resamples: number; readonly method: string } | null;
}

/**
 * Every agreement statistic of a ratings matrix in one report: the app's report and
 * `npm run agreement` both call this, so they print the same numbers. See docs/statistics.md.
 *
 * Among the raters other than `modelRater`: percent agreement and Fleiss' kappa (overall and per
 * category) over the items all of them rated, mean pairwise agreement and Cohen's kappa per pair
 * over the items both rated, Krippendorff's alpha over the items with at least two ratings. The
 * model: Cohen's kappa against each other rater and, with `gold`, accuracy, precision, recall,
 * F1 and the confusion matrix. With `bootstrap`, every estimate also gets a percentile interval
 * from the same seeded resamples of items.
 *
 * Preconditions: the matrix is well formed; `modelRater` is one of its raters; `gold` only with
 * `modelRater`; bootstrap seed an integer and resamples a positive integer.
 */
export function computeAgreementReport(matrix: RatingsMatrix, options: AgreementReportOptions = {}): AgreementReport {
  if (options.gold !== undefined && options.modelRater === undefined) {
    throw new Error('computeAgreementReport: gold labels need a modelRater to compare with');
  }
  const data = encodeRatings(matrix, options.categories === undefined ? {} : { categories: options.categories });
  const model =
    options.modelRater === undefined ? null : raterIndex(data, options.modelRater, 'computeAgreementReport');
  const humans = data.raterIds
    .map((_, r) => r)
    .filter((r) => r !== model)
    .sort((x, y) => compareIds(data.raterIds[x]!, data.raterIds[y]!));
  const pairs = raterPairs(data, humans);
  const modelPairs = model === null ? [] : humans.map((h): [number, number] => [model, h]);
  const cohenOf = ([a, b]: [number, number]) => cohenKappa(data, data.raterIds[a]!, data.raterIds[b]!);
  const fleiss = fleissKappas(data, humans);

  const report: AgreementReport = {
    items: data.nItems,
    raters: humans.map((r) => data.raterIds[r]!),
    categories: data.categories,
    percentAgreement: withNoCompleteItemsExplained(percentAgreement(data, humans), data, humans),
    meanPairwiseAgreement: meanPairwiseAgreement(data, humans),
    fleiss: {
      ...withNoCompleteItemsExplained(fleiss.overall, data, humans),
      perCategory: fleiss.perCategory.map((c) => withNoCompleteItemsExplained(c, data, humans)),
    },
    krippendorff: krippendorffAlpha(data, humans),
    cohen: pairs.map(cohenOf),
    model:
      options.modelRater === undefined
        ? null
        : {
            rater: options.modelRater,
            cohen: modelPairs.map(cohenOf),
            gold:
              options.gold === undefined ? null : modelGoldReport(tallyGold(data, options.modelRater, options.gold)),
          },
    bootstrap: null,
  };
  if (options.bootstrap === undefined) return report;
  const bootstrap = { seed: options.bootstrap.seed, resamples: options.bootstrap.resamples ?? DEFAULT_RESAMPLES };
  return withBootstrap(report, data, humans, pairs, modelPairs, options, bootstrap);
}

function withBootstrap(
  report: AgreementReport,
  data: EncodedRatings,
  humans: readonly number[],
  pairs: readonly [number, number][],
  modelPairs: readonly [number, number][],
  options: AgreementReportOptions,
  bootstrap: { seed: number; resamples: number },
): AgreementReport {
  const gold =
    options.gold === undefined || options.modelRater === undefined
      ? null
      : tallyGold(data, options.modelRater, options.gold);
  const kernel = reportResampleKernel(data, humans, pairs, modelPairs, gold);
  const [intervals] = bootstrapIntervals(data.nItems, bootstrap, [kernel.family], kernel.groups);
  let next = 0;
  const take = (): BootstrapInterval => intervals![next++]!;
  const percent = take();
  const pairwise = take();
  const cohen = report.cohen.map((e) => ({ ...e, bootstrap: take() }));
  const modelCohen = report.model?.cohen.map((e) => ({ ...e, bootstrap: take() })) ?? [];
  const fleiss = take();
  const perCategory = report.fleiss.perCategory.map((e) => ({ ...e, bootstrap: take() }));
  const alpha = take();
  const goldIntervals = intervals!.slice(next);
  return {
    ...report,
    percentAgreement: { ...report.percentAgreement, bootstrap: percent },
    meanPairwiseAgreement: { ...report.meanPairwiseAgreement, bootstrap: pairwise },
    cohen,
    fleiss: { ...report.fleiss, bootstrap: fleiss, perCategory },
    krippendorff: { ...report.krippendorff, bootstrap: alpha },
    model:
      report.model === null
        ? null
        : {
            ...report.model,
            cohen: modelCohen,
            gold: report.model.gold === null ? null : attachGoldIntervals(report.model.gold, goldIntervals),
          },
    bootstrap: {
      ...bootstrap,
      method: 'percentile bootstrap over items, resampled with replacement (mulberry32 seeded stream)',
    },
  };
}

function attachGoldIntervals(gold: ModelGoldReport, intervals: readonly BootstrapInterval[]): ModelGoldReport {
  const k = gold.categories.length;
  const at = (s: number) => intervals[s]!;
  return {
    ...gold,
    accuracy: { ...gold.accuracy, bootstrap: at(0) },
    macroF1: { ...gold.macroF1, bootstrap: at(1) },
    weightedF1: { ...gold.weightedF1, bootstrap: at(2) },
    perCategory: gold.perCategory.map((m, c) => ({
      ...m,
      precision: { ...m.precision, bootstrap: at(3 + c) },
      recall: { ...m.recall, bootstrap: at(3 + k + c) },
      f1: { ...m.f1, bootstrap: at(3 + 2 * k + c) },
    })),
  };
}

/**
 * "No complete item" says why: the raters who rated nothing, or a design in which each item is
 * rated by only some of the raters (e.g. 2 of 3), which leaves Fleiss' kappa and percent
 * agreement without items while Krippendorff's alpha still has them.
 */
function withNoCompleteItemsExplained<T extends Estimate>(
  estimate: T,
  data: EncodedRatings,
  raters: readonly number[],
): T {
  if (estimate.reason !== 'no item was rated by every rater') return estimate;
  const idle = raters.filter((r) => !hasRating(data, r)).map((r) => JSON.stringify(data.raterIds[r]));
  if (idle.length > 0) return { ...estimate, reason: `${estimate.reason} (rated nothing: ${idle.join(', ')})` };
  const most = mostRatingsOnAnItem(data, raters);
  if (most === 0) return estimate;
  return {
    ...estimate,
    reason: `${estimate.reason}: each item was rated by at most ${most} of the ${raters.length} raters, and this statistic uses only items rated by all of them (Krippendorff's alpha uses every item with at least two ratings)`,
  };
}

function hasRating(data: EncodedRatings, r: number): boolean {
  for (let i = 0; i < data.nItems; i++) if (data.codes[i * data.nRaters + r] !== MISSING) return true;
  return false;
}

function mostRatingsOnAnItem(data: EncodedRatings, raters: readonly number[]): number {
  let most = 0;
  for (let i = 0; i < data.nItems; i++) {
    let n = 0;
    for (const r of raters) if (data.codes[i * data.nRaters + r] !== MISSING) n += 1;
    most = Math.max(most, n);
  }
  return most;
}
