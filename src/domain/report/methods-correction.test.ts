import { describe, expect, test } from 'vitest';
import type { SampleDesign } from '../corpus/sample-design';
import { asStudyId, asThreadId } from '../ids';
import type { ThreadMeta } from '../threads/thread-meta';
import { methodsCorrectionRequest, type CorrectionSample } from './methods-correction';

// Six threads: u1 has four (a frequent user above 3), u2 two. The LLM labels t6 nothing.
const thread = (id: string, userId: string, department: string): ThreadMeta => ({
  studyId: asStudyId('s'),
  threadId: asThreadId(id),
  userId,
  department,
  role: null,
  createdAt: null,
  turnCount: 1,
  length: 1,
  preview: '',
  ordinal: 0,
});
const threads = [
  thread('t1', 'u1', 'IT'),
  thread('t2', 'u1', 'IT'),
  thread('t3', 'u1', 'Oncology'),
  thread('t4', 'u1', 'Oncology'),
  thread('t5', 'u2', 'IT'),
  thread('t6', 'u2', 'IT'),
];
const corpus = {
  threads,
  userThreadCounts: { u1: 4, u2: 2 },
  llmLabelOf: new Map([
    ['t1', 'a'],
    ['t2', 'a'],
    ['t3', 'b'],
    ['t4', 'b'],
    ['t5', 'a'],
  ]),
};
const every: SampleDesign = {
  filters: {
    frequentOnly: false,
    frequentThreshold: null,
    departments: null,
    roles: null,
    dateFrom: null,
    dateTo: null,
    llmLabels: null,
    includePreviouslySampled: false,
  },
  stratifiedBy: 'none',
  populationThreads: 6,
};
const sample = (name: string, design: SampleDesign | null, finals: [string, string][]): CorrectionSample => ({
  name,
  design,
  designProblem: design === null ? 'format: Invalid input' : null,
  finals: new Map(finals),
});

describe('methodsCorrectionRequest', () => {
  test('the population the samples were drawn from, its LLM labels (null when none) and the pooled gold labels', () => {
    const r = methodsCorrectionRequest(
      [
        sample('S1', every, [
          ['t1', 'a'],
          ['t3', 'a'],
        ]),
        sample('S2', every, [
          ['t3', 'b'],
          ['t5', 'a'],
        ]),
      ],
      corpus,
    );
    expect(r).toEqual({
      kind: 'ready',
      request: {
        labels: new Map([
          ['t1', 'a'],
          ['t2', 'a'],
          ['t3', 'b'],
          ['t4', 'b'],
          ['t5', 'a'],
          ['t6', null],
        ]),
        gold: new Map([
          ['t1', 'a'],
          ['t3', 'a'],
          ['t5', 'a'],
        ]),
        population: 'every thread',
        samples: ['S1', 'S2'],
      },
    });
  });

  test("a frequent-user sample corrects only the frequent users' threads", () => {
    const frequent = {
      ...every,
      filters: { ...every.filters, frequentOnly: true, frequentThreshold: 3 },
      populationThreads: 4,
    };
    const r = methodsCorrectionRequest([sample('S1', frequent, [['t1', 'a']])], corpus);
    expect(r?.kind === 'ready' && [...r.request.labels.keys()]).toEqual(['t1', 't2', 't3', 't4']);
    expect(r?.kind === 'ready' && r.request.population).toBe("frequent users' threads (more than 3 threads)");
  });

  test('no gold label yet: nothing to say', () => {
    expect(methodsCorrectionRequest([sample('S1', every, [])], corpus)).toBeNull();
  });

  test('refused, naming the sample and the reason, by the rules of gold-scope.ts', () => {
    const byDepartment = methodsCorrectionRequest(
      [sample('S1', { ...every, stratifiedBy: 'department' }, [['t1', 'a']])],
      corpus,
    );
    expect(byDepartment).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^S1: the gold sample was stratified by department/),
    });
    const grown = methodsCorrectionRequest([sample('S1', { ...every, populationThreads: 5 }, [['t1', 'a']])], corpus);
    expect(grown).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^S1: the gold sample speaks for the 5 threads/),
    });
    const it = { ...every, filters: { ...every.filters, departments: ['IT'] }, populationThreads: 4 };
    const mixed = methodsCorrectionRequest(
      [sample('S1', every, [['t1', 'a']]), sample('S2', it, [['t2', 'a']])],
      corpus,
    );
    expect(mixed).toEqual({ kind: 'refused', reason: expect.stringMatching(/^S2: .*\(departments differ\)/) });
    const unreadable = methodsCorrectionRequest([sample('S1', null, [['t1', 'a']])], corpus);
    expect(unreadable).toEqual({ kind: 'refused', reason: 'S1: its manifest cannot be read (format: Invalid input)' });
  });

  test('a gold thread outside the population is refused', () => {
    const r = methodsCorrectionRequest([sample('S1', every, [['t9', 'a']])], corpus);
    expect(r).toEqual({ kind: 'refused', reason: '1 gold thread is not in the population (e.g. t9)' });
  });
});
