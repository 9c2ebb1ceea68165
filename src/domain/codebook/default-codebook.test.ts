import { describe, expect, it } from 'vitest';
import { OTHER_CATEGORY_NAME } from './codebook';
import { DEFAULT_CATEGORIES, USAGE_SHARES, categorySlug, defaultCodebook } from './default-codebook';

describe('DEFAULT_CATEGORIES', () => {
  it('has the ten study categories plus Other, in order', () => {
    expect(DEFAULT_CATEGORIES).toHaveLength(11);
    expect(DEFAULT_CATEGORIES[0]?.name).toBe('Email & Document Writing');
    expect(DEFAULT_CATEGORIES[10]?.name).toBe(OTHER_CATEGORY_NAME);
  });

  it('has unique ids and keys; keys 1-9, 0, then o', () => {
    expect(new Set(DEFAULT_CATEGORIES.map((c) => c.id)).size).toBe(11);
    expect(DEFAULT_CATEGORIES.map((c) => c.key).join('')).toBe('1234567890o');
  });

  it('has Other exactly once, flagged isOther', () => {
    const others = DEFAULT_CATEGORIES.filter((c) => c.isOther);
    expect(others).toHaveLength(1);
    expect(others[0]?.name).toBe(OTHER_CATEGORY_NAME);
    expect(DEFAULT_CATEGORIES.filter((c) => c.name === OTHER_CATEGORY_NAME)).toHaveLength(1);
  });

  it('gives every category a definition and three examples', () => {
    for (const c of DEFAULT_CATEGORIES) {
      expect(c.definition.length, c.name).toBeGreaterThan(20);
      expect(c.examples, c.name).toHaveLength(3);
    }
  });
});

describe('USAGE_SHARES', () => {
  it('has a share per category id summing to 1', () => {
    expect(Object.keys(USAGE_SHARES).sort()).toEqual(DEFAULT_CATEGORIES.map((c) => c.id).sort());
    const sum = Object.values(USAGE_SHARES).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    expect(USAGE_SHARES['email-document-writing']).toBe(0.539);
    expect(USAGE_SHARES['other']).toBeCloseTo(0.05, 9);
  });
});

describe('defaultCodebook', () => {
  it('is version 1 and returns independent copies', () => {
    const a = defaultCodebook();
    expect(a.version).toBe(1);
    a.categories[0]?.examples.push('x');
    expect(defaultCodebook().categories[0]?.examples).toHaveLength(3);
  });
});

describe('categorySlug', () => {
  it('makes kebab-case ids', () => {
    expect(categorySlug('Technical Support & IT Issues')).toBe('technical-support-it-issues');
    expect(categorySlug('Process Referrals/Documents')).toBe('process-referrals-documents');
  });
});
