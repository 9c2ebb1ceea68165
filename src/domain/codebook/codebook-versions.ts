import type { CodebookVersion } from './codebook';
import type { Category } from './codebook';

/** The parts of a stored `CodebookVersion` the versioning rules read; the rest is carried over. */
export type CodebookVersionFields = Pick<CodebookVersion, 'version' | 'categories' | 'frozen' | 'createdAt'>;

export interface CodebookEditContext {
  /** True when any label (a reviewer's or a decision) was given under `latest`. */
  usedForLabels: boolean;
  /** ISO timestamp of the edit, the new version's `createdAt`. */
  now: string;
}

export interface CodebookEdit<V extends CodebookVersionFields> {
  /** 'in-place': store `version` over `latest`. 'new-version': store it next to `latest`. */
  kind: 'in-place' | 'new-version';
  version: V;
}

/**
 * True when saving an edit of `latest` makes a new version instead of changing it: it is
 * frozen, or it has been used to label something (and so should be frozen).
 */
export function needsNewVersion(latest: Pick<CodebookVersionFields, 'frozen'>, usedForLabels: boolean): boolean {
  return latest.frozen || usedForLabels;
}

const copyCategories = (categories: readonly Category[]): Category[] =>
  categories.map((c) => ({ ...c, examples: [...c.examples], medhelm: { ...c.medhelm } }));

/**
 * Applies an edit (the whole new list of categories) to the latest codebook version.
 *
 * Rules: a version used to label anything is frozen, so labels always mean what the
 * reviewer saw. Editing a frozen or used version makes a new draft: version + 1,
 * `frozen: false`, `createdAt: now`, the other fields of `latest` (e.g. `studyId`) kept.
 * A draft (not frozen, not used) is edited in place: same version and `createdAt`.
 *
 * When the result is 'new-version' and `latest` was used but not yet marked frozen, the
 * caller also stores `latest` with `frozen: true`. The categories are copied, not checked:
 * a draft may be incomplete (a new category has no definition yet); `validateCodebook`
 * is the gate before a version is used for labeling. An edit that changes nothing still
 * makes a new version of a frozen one; callers skip saving when `isSameCodebook` says nothing
 * changed.
 *
 * Preconditions (throw): `latest.version` is a positive integer; `now` is not blank.
 */
export function editCodebook<V extends CodebookVersionFields>(
  latest: V,
  categories: readonly Category[],
  context: CodebookEditContext,
): CodebookEdit<V> {
  if (!Number.isInteger(latest.version) || latest.version < 1) {
    throw new Error(`editCodebook: the latest version number must be a positive integer (got ${latest.version})`);
  }
  if (context.now.trim() === '') throw new Error('editCodebook: now must be a timestamp, not blank');

  if (needsNewVersion(latest, context.usedForLabels)) {
    return {
      kind: 'new-version',
      version: {
        ...latest,
        version: latest.version + 1,
        categories: copyCategories(categories),
        frozen: false,
        createdAt: context.now,
      },
    };
  }
  return { kind: 'in-place', version: { ...latest, categories: copyCategories(categories) } };
}
