import { asCategoryId } from '../ids';
import { isCategoryNameTaken, tidyCategoryName } from './category-name';
import type { Category, MedhelmMapping } from './codebook';
import { categorySlug } from './default-codebook';
import { nextFreeKey } from './shortcut-keys';

/** Where a new category is mapped until the lead decides: the study's proposed workflow task. */
export const NEW_CATEGORY_MEDHELM: Readonly<MedhelmMapping> = {
  category: 'Administration and Workflow',
  subcategory: 'Organizing Workflow Processes',
  proposed: true,
};

/**
 * A new category named `name` for a codebook that already holds `existing` (which it is
 * not added to: the caller places it, usually before Other).
 *
 * - name: trimmed, inner whitespace collapsed, case kept.
 * - id: `categorySlug(name)`, or 'category' when the name has no latin letter or digit;
 *   '-2', '-3'... appended until no id of `existing` has it.
 * - key: the next free shortcut key (`nextFreeKey`), never 'o'.
 * - definition '' and no examples (the lead writes them; `validateCodebook` reports the
 *   empty definition until then); MedHELM `NEW_CATEGORY_MEDHELM`; not Other.
 *
 * Preconditions (throw): the name is not blank; no category of `existing` has the same
 * name (`isCategoryNameTaken`); a shortcut key is free.
 */
export function newCategory(name: string, existing: readonly Category[]): Category {
  const tidy = tidyCategoryName(name);
  if (tidy === '') throw new Error('newCategory: the name must not be blank');
  if (isCategoryNameTaken(tidy, existing)) {
    throw new Error(`newCategory: a category named "${tidy}" already exists`);
  }
  const key = nextFreeKey(existing);
  if (key === null) throw new Error(`newCategory: no shortcut key is free for "${tidy}"`);

  const base = categorySlug(tidy) || 'category';
  const ids = new Set<string>(existing.map((c) => c.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;

  return {
    id: asCategoryId(id),
    name: tidy,
    key,
    definition: '',
    examples: [],
    medhelm: { ...NEW_CATEGORY_MEDHELM },
    isOther: false,
  };
}
