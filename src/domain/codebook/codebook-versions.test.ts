import { describe, expect, it } from 'vitest';
import { asStudyId } from '../ids';
import type { CodebookVersion } from './codebook';
import { editCodebook, needsNewVersion } from './codebook-versions';
import { defaultCodebook } from './default-codebook';
import { newCategory } from './new-category';

const v1 = (frozen: boolean): CodebookVersion => ({
  studyId: asStudyId('s1'),
  version: 1,
  categories: defaultCodebook().categories,
  createdAt: '2025-01-01T00:00:00.000Z',
  frozen,
});
const NOW = '2025-02-01T09:30:00.000Z';
const edited = () => {
  const categories = defaultCodebook().categories;
  return [...categories.slice(0, -1), newCategory('Scheduling Help', categories), ...categories.slice(-1)];
};

describe('editCodebook', () => {
  it('edits a draft in place: same version, createdAt and study', () => {
    const categories = edited();
    const result = editCodebook(v1(false), categories, { usedForLabels: false, now: NOW });
    expect(result.kind).toBe('in-place');
    expect(result.version).toEqual({ ...v1(false), categories });
  });

  it('makes version + 1, a draft, when the latest version has been used for labels', () => {
    const categories = edited();
    const result = editCodebook(v1(false), categories, { usedForLabels: true, now: NOW });
    expect(result).toEqual({
      kind: 'new-version',
      version: { studyId: 's1', version: 2, categories, createdAt: NOW, frozen: false },
    });
  });

  it('makes a new version from a frozen one even if no use was reported', () => {
    const latest = { ...v1(true), version: 4 };
    const result = editCodebook(latest, edited(), { usedForLabels: false, now: NOW });
    expect(result.kind).toBe('new-version');
    expect(result.version.version).toBe(5);
    expect(result.version.frozen).toBe(false);
    expect(latest.version).toBe(4);
  });

  it('copies the categories, so later changes to the input do not leak into the version', () => {
    const categories = edited();
    const result = editCodebook(v1(false), categories, { usedForLabels: false, now: NOW });
    categories[0]!.examples.push('changed');
    categories[0]!.medhelm.proposed = false;
    expect(result.version.categories[0]?.examples).toHaveLength(3);
    expect(result.version.categories[0]?.medhelm.proposed).toBe(true);
  });

  it('accepts the plain version shape without a study id', () => {
    const latest = { version: 2, categories: [], frozen: true, createdAt: 'x' };
    expect(editCodebook(latest, [], { usedForLabels: false, now: NOW }).version).toEqual({
      version: 3,
      categories: [],
      frozen: false,
      createdAt: NOW,
    });
  });

  it('refuses a version number that is not a positive integer, and a blank clock', () => {
    expect(() => editCodebook({ ...v1(false), version: 0 }, [], { usedForLabels: false, now: NOW })).toThrow(
      'editCodebook: the latest version number must be a positive integer (got 0)',
    );
    expect(() => editCodebook({ ...v1(false), version: 1.5 }, [], { usedForLabels: false, now: NOW })).toThrow(
      /positive integer/,
    );
    expect(() => editCodebook(v1(false), [], { usedForLabels: false, now: ' ' })).toThrow(
      'editCodebook: now must be a timestamp',
    );
  });
});

describe('needsNewVersion', () => {
  it('is true for a frozen or used version only', () => {
    expect(needsNewVersion({ frozen: false }, false)).toBe(false);
    expect(needsNewVersion({ frozen: false }, true)).toBe(true);
    expect(needsNewVersion({ frozen: true }, false)).toBe(true);
  });
});
