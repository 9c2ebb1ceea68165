import type { CategoryId } from '../ids';
import { foldCategoryName } from './category-name';
import { OTHER_CATEGORY_NAME, type Category } from './codebook';
import { isMedhelmPair } from './medhelm';
import { checkShortcutKeys, type KeyProblem } from './shortcut-keys';

export type CodebookRule =
  | 'other-missing'
  | 'other-duplicate'
  | 'other-name'
  | 'name-empty'
  | 'name-duplicate'
  | 'id-empty'
  | 'id-duplicate'
  | 'medhelm'
  | 'definition-empty';

export type CodebookProblem = KeyProblem | { kind: CodebookRule; categoryIds: CategoryId[]; message: string };

const label = (c: Category) => (c.name.trim() === '' ? `The category with id "${c.id}"` : `"${c.name}"`);

/** Categories grouped by `keyOf`, keeping groups of two or more, in order of first appearance. */
function duplicates(categories: readonly Category[], keyOf: (c: Category) => string): Category[][] {
  const groups = new Map<string, Category[]>();
  for (const c of categories) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Every reason a codebook cannot be used for labeling; an empty list means it can.
 *
 * Rules:
 * - exactly one category is Other (`isOther`), and it is named exactly 'Other'
 *   ('other-missing', 'other-duplicate', 'other-name');
 * - names are not blank and are unique after `foldCategoryName` (case and spacing ignored)
 *   ('name-empty', 'name-duplicate');
 * - ids are not blank and unique ('id-empty', 'id-duplicate');
 * - shortcut keys pass `checkShortcutKeys` (its problems are included as they are);
 * - the MedHELM mapping is a real (category, subcategory) pair, `isMedhelmPair` ('medhelm');
 * - the definition is not blank ('definition-empty').
 *
 * Examples are not required (a draft may have none yet). Problems come rule by rule, each
 * rule in category order. An empty codebook has one problem: 'other-missing'.
 */
export function validateCodebook(categories: readonly Category[]): CodebookProblem[] {
  const problems: CodebookProblem[] = [];
  const add = (kind: CodebookRule, cs: Category[], message: string) =>
    problems.push({ kind, categoryIds: cs.map((c) => c.id), message });

  const others = categories.filter((c) => c.isOther);
  if (others.length === 0) add('other-missing', [], `The codebook has no "${OTHER_CATEGORY_NAME}" category.`);
  if (others.length > 1) {
    add('other-duplicate', others, `${others.length} categories are marked as Other: ${others.map(label).join(', ')}.`);
  }
  for (const c of others) {
    if (c.name !== OTHER_CATEGORY_NAME) {
      add('other-name', [c], `The Other category is named ${label(c)}; it must be named "${OTHER_CATEGORY_NAME}".`);
    }
  }

  for (const c of categories) {
    if (c.name.trim() === '') add('name-empty', [c], `The category with id "${c.id}" has no name.`);
  }
  const named = categories.filter((c) => c.name.trim() !== '');
  for (const group of duplicates(named, (c) => foldCategoryName(c.name))) {
    add('name-duplicate', group, `${group.length} categories have the same name: ${group.map(label).join(', ')}.`);
  }

  for (const c of categories) {
    if (c.id.trim() === '') add('id-empty', [c], `${label(c)} has no id.`);
  }
  for (const group of duplicates(
    categories.filter((c) => c.id.trim() !== ''),
    (c) => c.id,
  )) {
    add(
      'id-duplicate',
      group,
      `${group.length} categories have the id "${group[0]?.id}": ${group.map(label).join(', ')}.`,
    );
  }

  problems.push(...checkShortcutKeys(categories));

  for (const c of categories) {
    const { category, subcategory } = c.medhelm;
    if (!isMedhelmPair(category, subcategory)) {
      add(
        'medhelm',
        [c],
        `${label(c)} maps to MedHELM "${category}" / "${subcategory}", which is not a MedHELM category and subcategory.`,
      );
    }
  }

  for (const c of categories) {
    if (c.definition.trim() === '') add('definition-empty', [c], `${label(c)} has no definition.`);
  }
  return problems;
}
