import type { CategoryId } from '../ids';
import type { Category } from './codebook';
import { EXAMPLES_PER_CATEGORY, type ExampleCandidate } from './example-candidate';

/**
 * The categories of the next codebook version once the lead takes `chosen` candidates as the
 * examples of one category: that category's examples become the candidates' texts, in the
 * order given; every other category is unchanged. The input is not changed.
 *
 * Preconditions (throw, naming the rule): the category is in `categories`; one to
 * `EXAMPLES_PER_CATEGORY` candidates, all of that category, no candidate twice.
 */
export function takeExamples(
  categories: readonly Category[],
  categoryId: CategoryId,
  chosen: readonly ExampleCandidate[],
): Category[] {
  const target = categories.find((c) => c.id === categoryId);
  if (!target) throw new Error(`takeExamples: the codebook has no category with id ${categoryId}`);
  if (chosen.length === 0 || chosen.length > EXAMPLES_PER_CATEGORY) {
    throw new Error(`takeExamples: take 1 to ${EXAMPLES_PER_CATEGORY} candidates (got ${chosen.length})`);
  }
  const stray = chosen.find((c) => c.categoryId !== categoryId);
  if (stray) throw new Error(`takeExamples: candidate ${stray.candidateId} is not of the category ${target.name}`);
  if (new Set(chosen.map((c) => c.candidateId)).size !== chosen.length)
    throw new Error('takeExamples: a candidate is chosen twice');
  return categories.map((c) => (c.id === categoryId ? { ...c, examples: chosen.map((x) => x.text) } : c));
}
