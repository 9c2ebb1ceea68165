import type { CategoryId } from '../ids';
import type { Category } from './codebook';

/** What changed in a category kept from one version to the next. */
export type CategoryChange = 'renamed' | 'redefined' | 'rekeyed';

/** The fields compared; `fields` lists those that differ. */
export type CategoryField = 'name' | 'definition' | 'examples' | 'medhelm' | 'isOther' | 'key';

export type CategoryDiff =
  | { status: 'added'; id: CategoryId; before: null; after: Category; changes: []; fields: [] }
  | { status: 'removed'; id: CategoryId; before: Category; after: null; changes: []; fields: [] }
  | {
      status: 'changed';
      id: CategoryId;
      before: Category;
      after: Category;
      changes: CategoryChange[];
      fields: CategoryField[];
    }
  | { status: 'unchanged'; id: CategoryId; before: Category; after: Category; changes: []; fields: [] };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const FIELD_CHANGE: Record<CategoryField, CategoryChange> = {
  name: 'renamed',
  definition: 'redefined',
  examples: 'redefined',
  medhelm: 'redefined',
  isOther: 'redefined',
  key: 'rekeyed',
};

function changedFields(a: Category, b: Category): CategoryField[] {
  const fields: CategoryField[] = [];
  if (a.name !== b.name) fields.push('name');
  if (a.definition !== b.definition) fields.push('definition');
  if (!sameList(a.examples, b.examples)) fields.push('examples');
  const [ma, mb] = [a.medhelm, b.medhelm];
  if (ma.category !== mb.category || ma.subcategory !== mb.subcategory || ma.proposed !== mb.proposed)
    fields.push('medhelm');
  if (a.isOther !== b.isOther) fields.push('isOther');
  if (a.key !== b.key) fields.push('key');
  return fields;
}

function indexById(categories: readonly Category[], side: string): Map<CategoryId, Category> {
  const byId = new Map<CategoryId, Category>();
  for (const c of categories) {
    if (byId.has(c.id))
      throw new Error(`diffCodebooks: category ids must be unique in ${side}; "${c.id}" appears twice`);
    byId.set(c.id, c);
  }
  return byId;
}

/**
 * Category-by-category differences from codebook `a` (before) to `b` (after), matched by
 * category id.
 *
 * - 'added': id only in `b`; 'removed': id only in `a`.
 * - 'changed': same id, some field differs; `changes` lists each kind once, in the order
 *   'renamed' (name), 'redefined' (definition, examples, MedHELM mapping or the Other
 *   flag: what the category means), 'rekeyed' (shortcut key only); `fields` lists the
 *   fields, for highlighting. A category can be renamed and redefined at once.
 * - 'unchanged': every field equal.
 *
 * Text is compared exactly (a changed space or letter case is a change); examples are
 * compared in order. Order: `b`'s order, then removed categories in `a`'s order.
 *
 * Precondition (throws): ids are unique within `a` and within `b`.
 */
export function diffCodebooks(a: readonly Category[], b: readonly Category[]): CategoryDiff[] {
  const before = indexById(a, 'the first codebook');
  const after = indexById(b, 'the second codebook');

  const diffs: CategoryDiff[] = b.map((next): CategoryDiff => {
    const prev = before.get(next.id);
    if (prev === undefined) return { status: 'added', id: next.id, before: null, after: next, changes: [], fields: [] };
    const fields = changedFields(prev, next);
    if (fields.length === 0)
      return { status: 'unchanged', id: next.id, before: prev, after: next, changes: [], fields: [] };
    const changes = [...new Set(fields.map((f) => FIELD_CHANGE[f]))];
    return { status: 'changed', id: next.id, before: prev, after: next, changes, fields };
  });
  for (const prev of a) {
    if (!after.has(prev.id))
      diffs.push({ status: 'removed', id: prev.id, before: prev, after: null, changes: [], fields: [] });
  }
  return diffs;
}

/**
 * True when `a` and `b` hold the same categories, field for field, in the same order. Unlike
 * `diffCodebooks`, which matches by id, a reordering counts as a difference here (the order
 * is what reviewers see). Use it to skip saving an edit that changed nothing.
 */
export function isSameCodebook(a: readonly Category[], b: readonly Category[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => {
      const other = b[i];
      return other !== undefined && c.id === other.id && changedFields(c, other).length === 0;
    })
  );
}
