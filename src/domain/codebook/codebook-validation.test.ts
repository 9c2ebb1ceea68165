import { describe, expect, it } from 'vitest';
import { asCategoryId } from '../ids';
import type { Category } from './codebook';
import { validateCodebook } from './codebook-validation';
import { defaultCodebook } from './default-codebook';
import { newCategory } from './new-category';

const base = () => defaultCodebook().categories;
const kinds = (categories: Category[]) => validateCodebook(categories).map((p) => p.kind);
const replace = (i: number, patch: Partial<Category>) => base().map((c, j) => (j === i ? { ...c, ...patch } : c));

describe('validateCodebook', () => {
  it('accepts the default codebook', () => {
    expect(validateCodebook(base())).toEqual([]);
  });

  it('needs exactly one Other, named "Other"', () => {
    expect(kinds(base().filter((c) => !c.isOther))).toEqual(['other-missing']);
    expect(kinds([])).toEqual(['other-missing']);
    const two = replace(0, { isOther: true });
    expect(kinds(two)).toEqual(['other-duplicate', 'other-name']);
    expect(validateCodebook(two)[0]?.message).toBe(
      '2 categories are marked as Other: "Email & Document Writing", "Other".',
    );
    expect(kinds(replace(10, { name: 'Misc' }))).toEqual(['other-name']);
    expect(kinds(replace(10, { name: 'other' }))).toEqual(['other-name']);
  });

  it('needs names, unique after folding case and spacing', () => {
    expect(validateCodebook(replace(7, { name: '  ' }))).toEqual([
      { kind: 'name-empty', categoryIds: ['coding'], message: 'The category with id "coding" has no name.' },
    ]);
    const dup = validateCodebook(replace(7, { name: '  text   MANIPULATION ' }));
    expect(dup).toEqual([
      {
        kind: 'name-duplicate',
        categoryIds: ['text-manipulation', 'coding'],
        message: '2 categories have the same name: "Text Manipulation", "  text   MANIPULATION ".',
      },
    ]);
  });

  it('needs unique, non-blank ids', () => {
    expect(kinds(replace(7, { id: asCategoryId('brainstorming') }))).toEqual(['id-duplicate']);
    expect(validateCodebook(replace(7, { id: asCategoryId('brainstorming') }))[0]?.message).toBe(
      '2 categories have the id "brainstorming": "Brainstorming", "Coding".',
    );
    expect(kinds(replace(7, { id: asCategoryId('') }))).toEqual(['id-empty']);
  });

  it('includes the shortcut key problems', () => {
    expect(kinds(replace(1, { key: '1' }))).toEqual(['collision']);
    expect(kinds(replace(1, { key: 'k' }))).toEqual(['reserved']);
    expect(kinds(replace(1, { key: 'o' }))).toEqual(['collision', 'other-key']);
  });

  it('needs a real MedHELM pair', () => {
    const wrong = replace(0, {
      medhelm: { category: 'Clinical Decision Support', subcategory: 'Patient-Provider Messaging', proposed: false },
    });
    expect(validateCodebook(wrong)).toEqual([
      {
        kind: 'medhelm',
        categoryIds: ['email-document-writing'],
        message:
          '"Email & Document Writing" maps to MedHELM "Clinical Decision Support" / "Patient-Provider Messaging", which is not a MedHELM category and subcategory.',
      },
    ]);
  });

  it('needs a definition, so a freshly added category is reported until it has one', () => {
    const categories = base();
    const added = newCategory('Scheduling Help', categories);
    expect(validateCodebook([...categories, added])).toEqual([
      { kind: 'definition-empty', categoryIds: ['scheduling-help'], message: '"Scheduling Help" has no definition.' },
    ]);
    expect(validateCodebook([...categories, { ...added, definition: 'Booking rooms and staff.' }])).toEqual([]);
  });

  it('reports every problem at once', () => {
    const broken = replace(2, {
      name: '',
      key: 'j',
      definition: ' ',
      medhelm: { category: 'x', subcategory: 'y', proposed: true },
    });
    expect(kinds(broken)).toEqual(['name-empty', 'reserved', 'medhelm', 'definition-empty']);
    expect(validateCodebook(broken).at(-1)?.message).toBe('The category with id "brainstorming" has no definition.');
  });
});
