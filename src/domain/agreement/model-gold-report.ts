import { classificationMetrics } from './classification-metrics.ts';
import { plainEstimate, proportionEstimate, type Estimate } from './estimate.ts';
import { fewItems } from './few-items.ts';
import { confusionTable, type GoldTally } from './model-vs-gold.ts';
import { unitWeights } from './encoded-ratings.ts';

export interface CategoryReport {
  readonly category: string;
  readonly support: number;
  readonly predicted: number;
  readonly precision: Estimate;
  readonly recall: Estimate;
  readonly f1: Estimate;
  /** Support or predictions below 10 (`FEW_ITEMS`): recall or precision rests on few items. */
  readonly fewItems: boolean;
}

export interface ModelGoldReport {
  /** Items with both a gold label and a model label. */
  readonly items: number;
  readonly goldWithoutModelLabel: number;
  readonly categories: readonly string[];
  readonly accuracy: Estimate;
  readonly macroF1: Estimate;
  readonly weightedF1: Estimate;
  readonly perCategory: readonly CategoryReport[];
  /** confusion[gold][model], in the order of `categories`. */
  readonly confusion: readonly (readonly number[])[];
}

/**
 * The model against gold labels: accuracy, precision and recall with Wilson (1927) intervals
 * (proportions of items), F1 and macro/weighted F1 without analytic interval (bootstrap only),
 * and the confusion matrix. Definitions: see `classificationMetrics`. A category with fewer than
 * 10 (`FEW_ITEMS`) gold labels or predictions is marked `fewItems`.
 */
export function modelGoldReport(t: GoldTally): ModelGoldReport {
  const k = t.categories.length;
  const table = confusionTable(t, unitWeights(maxItem(t) + 1));
  const m = classificationMetrics(table, k);
  const noItems = 'no item has both a gold label and a model label';
  return {
    items: m.n,
    goldWithoutModelLabel: t.goldWithoutModelLabel,
    categories: t.categories,
    accuracy: proportionEstimate(
      m.perCategory.reduce((sum, c) => sum + c.tp, 0),
      m.n,
      noItems,
    ),
    macroF1: plainEstimate(m.macroF1),
    weightedF1: plainEstimate(m.weightedF1),
    perCategory: m.perCategory.map((c, i) => ({
      category: t.categories[i]!,
      support: c.support,
      predicted: c.predicted,
      precision: proportionEstimate(c.tp, c.predicted, c.precision.reason ?? ''),
      recall: proportionEstimate(c.tp, c.support, c.recall.reason ?? ''),
      f1: plainEstimate(c.f1),
      fewItems: fewItems(Math.min(c.support, c.predicted)),
    })),
    confusion: t.categories.map((_, g) => Array.from(table.subarray(g * k, (g + 1) * k))),
  };
}

function maxItem(t: GoldTally): number {
  let max = -1;
  for (const i of t.items) if (i > max) max = i;
  return max;
}
