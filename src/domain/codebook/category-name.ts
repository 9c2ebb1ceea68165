import type { Category } from './codebook';

/**
 * The form in which two category names are compared: Unicode NFC, trimmed, lower-cased,
 * runs of whitespace collapsed to one space. 'Email  writing ' and 'email writing' fold alike.
 */
export function foldCategoryName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A name as it should be stored: NFC, trimmed, inner whitespace collapsed; case kept. */
export function tidyCategoryName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** True when a category of `existing` already has `name`, compared with `foldCategoryName`. */
export function isCategoryNameTaken(name: string, existing: readonly Pick<Category, 'name'>[]): boolean {
  const folded = foldCategoryName(name);
  return existing.some((c) => foldCategoryName(c.name) === folded);
}
