import { defined, undefinedValue, type Value } from './estimate.ts';

/** Per-category counts and metrics of a classifier against gold labels. */
export interface CategoryMetrics {
  readonly tp: number;
  /** Gold labels of the category. */
  readonly support: number;
  /** Model predictions of the category. */
  readonly predicted: number;
  readonly precision: Value;
  readonly recall: Value;
  readonly f1: Value;
}

export interface ClassificationMetrics {
  readonly n: number;
  readonly accuracy: Value;
  readonly perCategory: readonly CategoryMetrics[];
  readonly macroF1: Value;
  readonly weightedF1: Value;
}

/**
 * Metrics of a k × k confusion matrix (rows gold, columns model, row-major):
 * accuracy = Σ diagonal / n; per category c, precision = TP/predicted, recall = TP/support,
 * F1 = 2·TP/(support + predicted) (the harmonic mean of precision and recall when both are
 * defined; 0 for a category the model never predicts but that has gold labels, or vice versa);
 * macro F1 = unweighted mean of F1 over the categories present in the gold labels or the
 * predictions; weighted F1 = mean of F1 weighted by support (as scikit-learn's f1_score).
 * Reference: Sokolova & Lapalme (2009), Information Processing & Management 45:427–437.
 *
 * Null: precision when the category was never predicted, recall when it has no gold label,
 * F1 when neither, and everything when the matrix is empty.
 */
export function classificationMetrics(table: ArrayLike<number>, k: number): ClassificationMetrics {
  let n = 0;
  let correct = 0;
  const perCategory: CategoryMetrics[] = [];
  for (let c = 0; c < k; c++) {
    let support = 0;
    let predicted = 0;
    for (let d = 0; d < k; d++) {
      support += table[c * k + d]!;
      predicted += table[d * k + c]!;
    }
    const tp = table[c * k + c]!;
    n += support;
    correct += tp;
    perCategory.push({
      tp,
      support,
      predicted,
      precision: predicted === 0 ? undefinedValue('the model never predicted this category') : defined(tp / predicted),
      recall: support === 0 ? undefinedValue('no gold label is this category') : defined(tp / support),
      f1:
        support + predicted === 0
          ? undefinedValue('the category is neither a gold label nor a prediction')
          : defined((2 * tp) / (support + predicted)),
    });
  }
  if (n === 0) {
    const none = undefinedValue('no item has both a gold label and a model label');
    return { n, accuracy: none, perCategory, macroF1: none, weightedF1: none };
  }
  let f1Sum = 0;
  let f1Count = 0;
  let weighted = 0;
  for (const m of perCategory) {
    if (m.f1.value === null) continue;
    f1Sum += m.f1.value;
    f1Count += 1;
    weighted += m.support * m.f1.value;
  }
  return {
    n,
    accuracy: defined(correct / n),
    perCategory,
    macroF1: defined(f1Sum / f1Count),
    weightedF1: defined(weighted / n),
  };
}
