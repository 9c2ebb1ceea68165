import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../codebook/default-codebook';
import { createRandom } from '../random';
import { CONFUSION_LABELS, simulateLlmLabel } from './llm-labels';

describe('simulateLlmLabel', () => {
  it('names only codebook categories in its confusions', () => {
    const names = DEFAULT_CATEGORIES.map((c) => c.name);
    expect([...CONFUSION_LABELS].sort()).toEqual([...names].sort());
  });

  it('confuses Coding mostly with Technical Support', () => {
    const random = createRandom(4);
    const wrong = Array.from({ length: 5000 }, () => simulateLlmLabel('Coding', random)).filter((l) => l !== 'Coding');
    const tech = wrong.filter((l) => l === 'Technical Support & IT Issues').length;
    expect(tech / wrong.length).toBeGreaterThan(0.6);
  });
});
