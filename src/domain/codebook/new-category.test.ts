import { describe, expect, it } from 'vitest';
import { asCategoryId } from '../ids';
import { defaultCodebook } from './default-codebook';
import { isMedhelmPair } from './medhelm';
import { newCategory } from './new-category';
import { CATEGORY_KEY_ORDER } from './shortcut-keys';

describe('newCategory', () => {
  it('makes an empty category with a slug id, the next free key and the proposed workflow mapping', () => {
    const existing = defaultCodebook().categories;
    const c = newCategory('  Scheduling   Help ', existing);
    expect(c).toEqual({
      id: 'scheduling-help',
      name: 'Scheduling Help',
      key: 'a',
      definition: '',
      examples: [],
      medhelm: {
        category: 'Administration and Workflow',
        subcategory: 'Organizing Workflow Processes',
        proposed: true,
      },
      isOther: false,
    });
    expect(isMedhelmPair(c.medhelm.category, c.medhelm.subcategory)).toBe(true);
  });

  it('makes the id unique by appending a number', () => {
    const existing = defaultCodebook().categories;
    expect(newCategory('Coding!', existing).id).toBe('coding-2');
    const clash = [
      { ...existing[0]!, id: asCategoryId('scheduling') },
      { ...existing[1]!, id: asCategoryId('scheduling-2') },
    ];
    expect(newCategory('Scheduling', clash).id).toBe('scheduling-3');
  });

  it('uses "category" as the id of a name without latin letters or digits', () => {
    expect(newCategory('日本語', []).id).toBe('category');
    expect(newCategory('日本語', []).key).toBe('1');
  });

  it('returns a fresh mapping object each time', () => {
    const a = newCategory('A', []);
    a.medhelm.proposed = false;
    expect(newCategory('B', []).medhelm.proposed).toBe(true);
  });

  it('refuses a blank name, a taken name, and a full keyboard', () => {
    const existing = defaultCodebook().categories;
    expect(() => newCategory('  ', existing)).toThrow('newCategory: the name must not be blank');
    expect(() => newCategory('text  MANIPULATION', existing)).toThrow(
      'newCategory: a category named "text MANIPULATION" already exists',
    );
    const full = CATEGORY_KEY_ORDER.map((key, i) => ({
      ...existing[0]!,
      id: asCategoryId(`c${i}`),
      name: `C${i}`,
      key,
    }));
    expect(() => newCategory('One more', full)).toThrow('newCategory: no shortcut key is free for "One more"');
  });
});
