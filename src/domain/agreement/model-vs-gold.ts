import { MISSING, raterIndex, type EncodedRatings } from './encoded-ratings.ts';
import { compareIds } from './rater-pairs.ts';

/** The items that have both a gold label and a model label, as cells gold * k + model. */
export interface GoldTally {
  /** Sorted union of the data's categories and the gold labels: rows and columns of the confusion matrix. */
  readonly categories: readonly string[];
  readonly items: Int32Array;
  readonly cells: Int32Array;
  /** Gold labels with no model label: the model did not rate the item, or the item is not in the data. */
  readonly goldWithoutModelLabel: number;
}

/**
 * Pairs each gold label (item id → label) with the model rater's label of that item.
 * Preconditions: `modelRater` is a rater id of `data`; gold labels are non-empty strings.
 */
export function tallyGold(data: EncodedRatings, modelRater: string, gold: ReadonlyMap<string, string>): GoldTally {
  const model = raterIndex(data, modelRater, 'tallyGold');
  const labels = new Set(data.categories);
  for (const label of gold.values()) {
    if (typeof label !== 'string' || label === '')
      throw new Error('tallyGold: a gold label must be a non-empty string');
    labels.add(label);
  }
  const categories = [...labels].sort(compareIds);
  const k = categories.length;
  const codeOf = new Map(categories.map((c, i) => [c, i]));
  const dataToGold = data.categories.map((c) => codeOf.get(c)!);
  const items: number[] = [];
  const cells: number[] = [];
  data.itemIds.forEach((id, i) => {
    const label = gold.get(id);
    const predicted = data.codes[i * data.nRaters + model]!;
    if (label === undefined || predicted === MISSING) return;
    items.push(i);
    cells.push(codeOf.get(label)! * k + dataToGold[predicted]!);
  });
  return {
    categories,
    items: Int32Array.from(items),
    cells: Int32Array.from(cells),
    goldWithoutModelLabel: gold.size - items.length,
  };
}

/** The weighted confusion matrix, rows gold, columns model, row-major k × k. */
export function confusionTable(t: GoldTally, weights: Uint32Array): Float64Array {
  const k = t.categories.length;
  const table = new Float64Array(k * k);
  for (let j = 0; j < t.items.length; j++) table[t.cells[j]!]! += weights[t.items[j]!]!;
  return table;
}
