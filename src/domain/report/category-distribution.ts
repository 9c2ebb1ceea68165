import { compareIds } from '../agreement/rater-pairs';

export interface CategoryShare {
  readonly category: string;
  readonly count: number;
  /** count / total; 0 when there are no labels. */
  readonly share: number;
  /** The category's MedHELM mapping; null for a label that is not in the given categories. */
  readonly medhelm: { readonly category: string; readonly subcategory: string } | null;
}

/**
 * How often each category occurs among `labels`, most frequent first (ties by name, code-unit
 * order): the sample's category distribution, as in the study's usage figure. Every category
 * of `categories` is listed, with 0 when unused; a label that is not one of them is listed
 * with `medhelm: null`. When `categories` repeats a name, its first mapping is kept.
 */
export function categoryDistribution(
  labels: readonly string[],
  categories: readonly {
    readonly name: string;
    readonly medhelm: { readonly category: string; readonly subcategory: string };
  }[],
): CategoryShare[] {
  const counts = new Map<string, number>();
  const mapping = new Map<string, { category: string; subcategory: string }>();
  for (const c of categories) {
    if (!mapping.has(c.name)) mapping.set(c.name, { category: c.medhelm.category, subcategory: c.medhelm.subcategory });
    counts.set(c.name, 0);
  }
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const total = labels.length;
  return [...counts]
    .map(([category, count]) => ({
      category,
      count,
      share: total === 0 ? 0 : count / total,
      medhelm: mapping.get(category) ?? null,
    }))
    .sort((a, b) => b.count - a.count || compareIds(a.category, b.category));
}
