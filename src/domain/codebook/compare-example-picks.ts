import type { CategoryId, ReviewerId } from '../ids';
import type { Category } from './codebook';
import type { ExampleCandidate, ExamplePick } from './example-candidate';

export interface ComparedCandidate {
  candidate: ExampleCandidate;
  /** The reviewers (of `reviewerIds`) who picked it, in the order of `reviewerIds`. */
  pickedBy: ReviewerId[];
  /** Every reviewer who picked in the category picked it, and they are at least two. */
  agreed: boolean;
}

export interface CategoryPicks {
  category: Category;
  /** Reviewers who picked at least one candidate of this category, in the order given. */
  reviewerIds: ReviewerId[];
  /** Agreed first, then by how many picked it, then in the order they were added. */
  candidates: ComparedCandidate[];
}

/**
 * The reviewers' picks of candidate examples side by side, per category of the codebook (in
 * codebook order, those with no candidate left out), so the lead sees where independent picks
 * agree before taking examples into the next version.
 *
 * Picks of a reviewer not in `reviewerIds` or of a candidate not in `candidates` are ignored;
 * candidates of a category the codebook no longer has are left out. With fewer than two
 * reviewers picking in a category nothing is `agreed`.
 */
export function compareExamplePicks(
  categories: readonly Category[],
  candidates: readonly ExampleCandidate[],
  picks: readonly ExamplePick[],
  reviewerIds: readonly ReviewerId[],
): CategoryPicks[] {
  const known = new Set(candidates.map((c) => c.candidateId));
  const pickers = new Map<string, Set<ReviewerId>>();
  for (const pick of picks) {
    if (!known.has(pick.candidateId) || !reviewerIds.includes(pick.reviewerId)) continue;
    const set = pickers.get(pick.candidateId) ?? new Set<ReviewerId>();
    set.add(pick.reviewerId);
    pickers.set(pick.candidateId, set);
  }
  const byCategory = new Map<CategoryId, ExampleCandidate[]>();
  for (const c of candidates) byCategory.set(c.categoryId, [...(byCategory.get(c.categoryId) ?? []), c]);

  return categories.flatMap((category): CategoryPicks[] => {
    const own = byCategory.get(category.id);
    if (!own) return [];
    const inCategory = new Set(own.flatMap((c) => [...(pickers.get(c.candidateId) ?? [])]));
    const ids = reviewerIds.filter((r) => inCategory.has(r));
    const compared = own.map((candidate, order) => {
      const pickedBy = ids.filter((r) => pickers.get(candidate.candidateId)?.has(r));
      return { order, row: { candidate, pickedBy, agreed: ids.length >= 2 && pickedBy.length === ids.length } };
    });
    compared.sort(
      (a, b) =>
        Number(b.row.agreed) - Number(a.row.agreed) ||
        b.row.pickedBy.length - a.row.pickedBy.length ||
        a.order - b.order,
    );
    return [{ category, reviewerIds: ids, candidates: compared.map((c) => c.row) }];
  });
}
