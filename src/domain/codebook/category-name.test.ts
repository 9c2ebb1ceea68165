import { describe, expect, it } from 'vitest';
import { foldCategoryName, isCategoryNameTaken, tidyCategoryName } from './category-name';

describe('category names', () => {
  it('fold case, spacing and Unicode composition', () => {
    expect(foldCategoryName('  Email   &\tDocument Writing ')).toBe('email & document writing');
    expect(foldCategoryName('Caf\u0065\u0301')).toBe(foldCategoryName('Caf\u00e9'));
  });

  it('tidy spacing but keep case', () => {
    expect(tidyCategoryName('  Scheduling   Help ')).toBe('Scheduling Help');
    expect(tidyCategoryName('   ')).toBe('');
  });

  it('find a taken name whatever its case or spacing', () => {
    const existing = [{ name: 'Coding' }, { name: 'Text Manipulation' }];
    expect(isCategoryNameTaken(' coding', existing)).toBe(true);
    expect(isCategoryNameTaken('text  manipulation', existing)).toBe(true);
    expect(isCategoryNameTaken('Codings', existing)).toBe(false);
    expect(isCategoryNameTaken('Coding', [])).toBe(false);
  });
});
