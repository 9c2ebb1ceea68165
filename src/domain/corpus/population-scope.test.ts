import { describe, expect, test } from 'vitest';
import { checkPopulationScope, describePopulation } from './population-scope';
import type { SampleDesign } from './sample-design';

describe('checkPopulationScope', () => {
  const filters = {
    frequentOnly: true,
    frequentThreshold: 5,
    departments: null,
    roles: null,
    dateFrom: null,
    dateTo: null,
    llmLabels: null,
  };
  const design: SampleDesign = {
    filters: { ...filters, includePreviouslySampled: false },
    stratifiedBy: 'none',
    populationThreads: 100,
  };

  test("accepts the sample's own population", () => {
    expect(checkPopulationScope(filters, design, 100)).toEqual({ ok: true });
  });

  test('refuses another population, saying which filter differs and which population the sample speaks for', () => {
    const r = checkPopulationScope({ ...filters, frequentOnly: false }, design, 100);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(
      /speaks for frequent users' threads \(more than 5 threads\), not for every thread \(frequent users differ\)/,
    );
    expect(checkPopulationScope({ ...filters, departments: ['Radiology'] }, design, 100).ok).toBe(false);
    expect(checkPopulationScope(filters, design, 101).ok).toBe(false);
  });

  test('refuses a sample stratified by department, with the reason', () => {
    const r = checkPopulationScope(filters, { ...design, stratifiedBy: 'department' }, 100);
    expect(!r.ok && r.reason).toMatch(/stratified by department/);
  });

  test('describes a population in words', () => {
    expect(describePopulation({ ...filters, frequentOnly: false, roles: ['Nurse', 'Scheduler'] })).toBe(
      'every thread, role Nurse, Scheduler',
    );
  });
});
