import type { CodebookVersion } from './codebook';
import type { ExampleCandidate } from './example-candidate';

/**
 * The first codebook version (lowest number) whose category of the candidate holds the
 * candidate's text as an example, or null when none does. Such a candidate was taken (or typed
 * in as it is): it stays, since the codebook's history and the audit log name it as the source of
 * that version's examples. Versions may come in any order; a category is matched by its id, which
 * outlives a rename.
 */
export function takenIntoVersion(
  candidate: ExampleCandidate,
  versions: readonly Pick<CodebookVersion, 'version' | 'categories'>[],
): number | null {
  const holding = versions
    .filter((v) => v.categories.some((c) => c.id === candidate.categoryId && c.examples.includes(candidate.text)))
    .map((v) => v.version);
  return holding.length === 0 ? null : Math.min(...holding);
}
