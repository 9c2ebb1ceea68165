import { describe, expect, test } from 'vitest';
import type { StudyId, ThreadId } from '../ids';
import type { ThreadMeta } from '../study';
import { corpusBreakdown, indexCorpus, NONE } from './corpus-breakdown';
import { groupTrend } from './group-trend';
import { checkPopulationScope, describePopulation } from './population-scope';
import { populationShares } from './population-shares';
import { reclassificationShares } from './reclassification-shares';
import type { SampleDesign } from './sample-design';

const thread = (id: string, department: string | null, role: string | null, createdAt: string | null): ThreadMeta => ({
  studyId: 's' as StudyId, threadId: id as ThreadId, userId: 'u', department, role, createdAt, turnCount: 1, length: 1, preview: '', ordinal: 0,
});

describe('corpusBreakdown', () => {
  const threads = [
    thread('1', 'Radiology', 'Nurse', '2024-01-03T00:00:00Z'),
    thread('2', 'Radiology', 'Scheduler', '2024-01-09T00:00:00Z'),
    thread('3', 'Pharmacy', 'Scheduler', '2024-02-01T00:00:00Z'),
    thread('4', null, null, null),
    thread('5', 'Pharmacy', 'Nurse', '2024-02-05T00:00:00Z'),
  ];
  const labels = new Map([['1', 'B'], ['2', 'A'], ['3', 'A'], ['4', 'A']]);
  const groups = new Map([['Nurse', { clinical: 'clinician', soc: '29' }], ['Scheduler', { clinical: 'non-clinician', soc: '43' }]]);
  const b = corpusBreakdown(indexCorpus(threads, labels, groups), threads);

  test('shares over labeled threads, most frequent first; an unlabeled thread counts nowhere else', () => {
    expect(b.labeled).toBe(4);
    expect(b.unlabeled).toBe(1);
    expect(b.labels).toEqual([{ label: 'A', count: 3, share: 0.75 }, { label: 'B', count: 1, share: 0.25 }]);
  });

  test('cross-tabulates by department, role group and month, missing values last', () => {
    expect(b.byDepartment).toEqual({ rows: ['Pharmacy', 'Radiology', NONE], counts: [[1, 0], [1, 1], [1, 0]], rowTotals: [1, 2, 1] });
    expect(b.byClinicalGroup.rows).toEqual(['clinician', 'non-clinician', NONE]);
    expect(b.byClinicalGroup.counts).toEqual([[0, 1], [2, 0], [1, 0]]);
    expect(b.bySocGroup.rows).toEqual(['29', '43', NONE]);
    expect(b.byMonth).toEqual({ rows: ['2024-01', '2024-02', NONE], counts: [[1, 1], [1, 0], [1, 0]], rowTotals: [2, 1, 1] });
  });

  test('counts only the population, a subset of the indexed threads', () => {
    const some = corpusBreakdown(indexCorpus(threads, labels, groups), threads.filter((t) => t.department === 'Pharmacy'));
    expect(some.labels).toEqual([{ label: 'A', count: 1, share: 1 }]);
    expect(some.unlabeled).toBe(1);
    expect(some.byDepartment).toEqual({ rows: ['Pharmacy'], counts: [[1]], rowTotals: [1] });
  });
});

describe('groupTrend', () => {
  test('flags the month that jumps and lists the threads behind it, within the group only', () => {
    const threads: ThreadMeta[] = [];
    const labels = new Map<string, string>();
    const add = (month: string, role: string, label: string, n: number) => {
      for (let i = 0; i < n; i++) {
        const id = `${month}-${role}-${label}-${i}`;
        threads.push(thread(id, 'D', role, `${month}-10T00:00:00Z`));
        labels.set(id, label);
      }
    };
    for (const month of ['2024-01', '2024-02', '2024-03']) { add(month, 'Scheduler', 'Q', 1); add(month, 'Scheduler', 'E', 19); }
    add('2024-04', 'Scheduler', 'Q', 8); add('2024-04', 'Scheduler', 'E', 12);
    add('2024-04', 'Nurse', 'Q', 30);
    const trend = groupTrend(threads, labels, (t) => t.role === 'Scheduler', 'Q');
    expect(trend.months.map((m) => m.flagged)).toEqual([false, false, false, true]);
    expect(trend.months[3]!.total).toBe(20);
    expect(trend.threadsOfAlert.get('2024-04')).toHaveLength(8);
    expect(trend.threadsOfAlert.get('2024-04')!.every((id) => id.includes('Scheduler-Q'))).toBe(true);
  });
});

describe('populationShares', () => {
  test('equals reclassificationShares on the counts and pairs it builds (the CLI uses it too)', () => {
    const labels = new Map<string, string | null>([['a', 'A'], ['b', 'A'], ['c', 'B'], ['d', null]]);
    const gold = new Map([['a', 'B'], ['c', 'B'], ['d', 'A']]);
    const r = populationShares(labels, gold, { draws: 200, seed: 3 });
    const direct = reclassificationShares(new Map([['A', 2], ['B', 1]]), [{ llmLabel: 'A', goldLabel: 'B' }, { llmLabel: 'B', goldLabel: 'B' }], { draws: 200, seed: 3 });
    expect(r.categories).toEqual(direct.categories);
    expect(r.unlabeled).toBe(1);
    expect(r.goldOnUnlabeledThreads).toBe(1);
  });

  test('refuses a gold item outside the population, naming it', () => {
    expect(() => populationShares(new Map([['a', 'A']]), new Map([['z', 'A']]), { draws: 10, seed: 1 })).toThrow(/"z" is not a thread of the population/);
  });
});

describe('checkPopulationScope', () => {
  const filters = { frequentOnly: true, frequentThreshold: 5, departments: null, roles: null, dateFrom: null, dateTo: null, llmLabels: null };
  const design: SampleDesign = { filters: { ...filters, includePreviouslySampled: false }, stratifiedBy: 'none', populationThreads: 100 };

  test('accepts the sample\'s own population', () => {
    expect(checkPopulationScope(filters, design, 100)).toEqual({ ok: true });
  });

  test('refuses another population, saying which filter differs and which population the sample speaks for', () => {
    const r = checkPopulationScope({ ...filters, frequentOnly: false }, design, 100);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/speaks for frequent users' threads \(more than 5 threads\), not for every thread \(frequent users differ\)/);
    expect(checkPopulationScope({ ...filters, departments: ['Radiology'] }, design, 100).ok).toBe(false);
    expect(checkPopulationScope(filters, design, 101).ok).toBe(false);
  });

  test('refuses a sample stratified by department, with the reason', () => {
    const r = checkPopulationScope(filters, { ...design, stratifiedBy: 'department' }, 100);
    expect(!r.ok && r.reason).toMatch(/stratified by department/);
  });

  test('describes a population in words', () => {
    expect(describePopulation({ ...filters, frequentOnly: false, roles: ['Nurse', 'Scheduler'] })).toBe('every thread, role Nurse, Scheduler');
  });
});

describe('correctedSharesSentence', () => {
  test('names the estimator, the population, the gold items and every share with its interval', async () => {
    const { correctedSharesSentence } = await import('./corrected-shares-sentence');
    const r = populationShares(new Map([['a', 'A'], ['b', 'A'], ['c', 'B']]), new Map([['a', 'A']]), { draws: 100, seed: 1 });
    const s = correctedSharesSentence(r, 'every thread', ['Pilot']);
    expect(s).toMatch(/^Category shares of the LLM's labels over 3 labeled threads \(every thread\) were corrected .* reclassification estimator on 1 adjudicated gold labels \(Pilot\)/);
    expect(s).toContain(`A 66.7% → ${(r.categories[0]!.corrected * 100).toFixed(1)}%`);
    expect(s).toMatch(/B had no gold item and kept its uncorrected share\.$/);
  });
});
