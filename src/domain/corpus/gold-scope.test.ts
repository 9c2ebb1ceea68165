import { describe, expect, it } from 'vitest';
import { checkGoldScope } from './gold-scope.ts';
import type { SampleDesign } from './sample-design.ts';

const filters = {
  frequentOnly: true,
  frequentThreshold: 5,
  departments: null,
  roles: null,
  dateFrom: null,
  dateTo: null,
  llmLabels: null,
  includePreviouslySampled: false,
};
const design = (stratifiedBy: SampleDesign['stratifiedBy']): SampleDesign => ({
  filters,
  stratifiedBy,
  populationThreads: 1200,
});

describe('checkGoldScope', () => {
  it('accepts a simple random sample or one stratified by LLM label of the same population', () => {
    expect(checkGoldScope(design('none'), 1200)).toEqual({ ok: true });
    expect(checkGoldScope(design('llmLabel'), 1200)).toEqual({ ok: true });
  });

  it('refuses a sample stratified by department, with the reason', () => {
    const r = checkGoldScope(design('department'), 1200);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/stratified by department.*biased/);
  });

  it('refuses another population, naming both sizes', () => {
    const r = checkGoldScope(design('none'), 30_503);
    expect(!r.ok && r.reason).toMatch(/speaks for the 1200 threads .* not for these 30503 threads/);
  });
});
