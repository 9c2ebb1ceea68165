import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './default-codebook';
import { MEDHELM_TAXONOMY, isMedhelmPair } from './medhelm';

describe('MEDHELM_TAXONOMY', () => {
  it('has 5 categories and 22 subcategories, all distinct', () => {
    expect(MEDHELM_TAXONOMY).toHaveLength(5);
    const subs = MEDHELM_TAXONOMY.flatMap((c) => c.subcategories);
    expect(subs).toHaveLength(22);
    expect(new Set(subs).size).toBe(22);
  });

  it('recognises real pairs only', () => {
    expect(isMedhelmPair('Administration and Workflow', 'Care Coordination and Planning')).toBe(true);
    expect(isMedhelmPair('Clinical Decision Support', 'Care Coordination and Planning')).toBe(false);
    expect(isMedhelmPair('Nope', 'Planning Treatments')).toBe(false);
  });

  it('every default codebook mapping names a real pair', () => {
    for (const c of DEFAULT_CATEGORIES) {
      expect(isMedhelmPair(c.medhelm.category, c.medhelm.subcategory), c.name).toBe(true);
    }
  });
});
