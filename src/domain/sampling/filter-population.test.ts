import { describe, expect, test } from 'vitest';
import { asStudyId, asThreadId } from '../ids';
import type { ThreadMeta } from '../threads/thread-meta';
import { filterPopulation, populationSteps } from './filter-population';
import type { PopulationFilters, SamplePopulation } from './sample-settings';

const thread = (id: string, p: Partial<ThreadMeta> = {}): ThreadMeta => ({
  studyId: asStudyId('s'),
  threadId: asThreadId(id),
  userId: 'u1',
  department: 'Cardiology',
  role: 'Nurse',
  createdAt: '2024-03-10T12:00:00.000Z',
  turnCount: 1,
  length: 10,
  preview: '',
  ordinal: 0,
  ...p,
});

const NONE: PopulationFilters = {
  frequentOnly: false,
  frequentThreshold: 5,
  departments: null,
  roles: null,
  dateFrom: null,
  dateTo: null,
  llmLabels: null,
  includePreviouslySampled: false,
};

const population = (threads: ThreadMeta[], p: Partial<SamplePopulation> = {}): SamplePopulation => ({
  threads,
  userThreadCounts: {},
  llmLabelOf: null,
  previouslySampled: new Set(),
  ...p,
});

const ids = (pop: SamplePopulation, f: Partial<PopulationFilters>) =>
  filterPopulation(pop, { ...NONE, ...f }).threads.map((t) => t.threadId);

describe('filterPopulation', () => {
  test('no filter keeps every thread, in input order', () => {
    expect(ids(population([thread('b'), thread('a')]), {})).toEqual(['b', 'a']);
  });

  test('frequent users are counted over the whole study, not the filtered threads', () => {
    // u1 has 6 threads in the study but only one in Oncology: still a frequent user (> 5).
    const pop = population(
      [
        thread('a', { userId: 'u1', department: 'Oncology' }),
        thread('b', { userId: 'u2', department: 'Oncology' }),
        thread('c', { userId: null, department: 'Oncology' }),
      ],
      { userThreadCounts: { u1: 6, u2: 5 } },
    );
    expect(ids(pop, { frequentOnly: true, departments: ['Oncology'] })).toEqual(['a']);
    expect(ids(pop, { frequentOnly: true, frequentThreshold: 4 })).toEqual(['a', 'b']);
    expect(ids(pop, { frequentOnly: false })).toEqual(['a', 'b', 'c']);
  });

  test('departments and roles are sets; "" matches a missing value', () => {
    const pop = population([
      thread('a', { department: 'Cardiology', role: 'Nurse' }),
      thread('b', { department: 'Oncology', role: 'Scheduler' }),
      thread('c', { department: null, role: null }),
    ]);
    expect(ids(pop, { departments: ['Oncology', 'Cardiology'] })).toEqual(['a', 'b']);
    expect(ids(pop, { departments: [''] })).toEqual(['c']);
    expect(ids(pop, { roles: ['Scheduler'] })).toEqual(['b']);
    expect(ids(pop, { departments: ['Cardiology', 'Oncology'], roles: ['Nurse', ''] })).toEqual(['a']);
  });

  test('date range: inclusive UTC calendar days; undated threads out once a bound is set', () => {
    const pop = population([
      thread('before', { createdAt: '2024-02-29T23:59:59.999Z' }),
      thread('first', { createdAt: '2024-03-01T00:00:00.000Z' }),
      thread('last', { createdAt: '2024-03-31T23:59:59.999Z' }),
      thread('after', { createdAt: '2024-04-01T00:00:00.000Z' }),
      thread('undated', { createdAt: null }),
    ]);
    expect(ids(pop, { dateFrom: '2024-03-01', dateTo: '2024-03-31' })).toEqual(['first', 'last']);
    expect(ids(pop, { dateFrom: '2024-03-31' })).toEqual(['last', 'after']);
    expect(ids(pop, { dateTo: '2024-02-29' })).toEqual(['before']);
    expect(ids(pop, {})).toHaveLength(5);
  });

  test('LLM labels: a set read from the chosen run; "" matches threads without a label', () => {
    const llmLabelOf = new Map([
      ['a', 'Coding'],
      ['b', 'Email & Document Writing'],
    ]);
    const pop = population([thread('a'), thread('b'), thread('c')], { llmLabelOf });
    expect(ids(pop, { llmLabels: ['Coding'] })).toEqual(['a']);
    expect(ids(pop, { llmLabels: ['Coding', ''] })).toEqual(['a', 'c']);
  });

  test('previously sampled threads are excluded by default and counted', () => {
    const pop = population([thread('a'), thread('b', { department: 'Oncology' }), thread('c')], {
      previouslySampled: new Set(['a', 'b']),
    });
    const out = filterPopulation(pop, { ...NONE, departments: ['Cardiology'] });
    expect(out.threads.map((t) => t.threadId)).toEqual(['c']);
    expect(out).toMatchObject({ threadsInStudy: 3, matchingFilters: 2, previouslySampledExcluded: 1 });
    const all = filterPopulation(pop, { ...NONE, includePreviouslySampled: true });
    expect(all.threads).toHaveLength(3);
    expect(all.previouslySampledExcluded).toBe(0);
  });

  test('invalid filters throw naming every broken rule', () => {
    const pop = population([thread('a')]);
    expect(() => ids(pop, { departments: [] })).toThrow(
      /filterPopulation: departments must be null \(no filter\) or a non-empty list/,
    );
    expect(() => ids(pop, { dateFrom: '2024-02-30' })).toThrow(
      /dateFrom must be a date 'YYYY-MM-DD' \(got '2024-02-30'\)/,
    );
    expect(() => ids(pop, { dateTo: '2024-03-01T00:00' })).toThrow(/dateTo must be a date/);
    expect(() => ids(pop, { dateFrom: '2024-03-02', dateTo: '2024-03-01' })).toThrow(
      /dateFrom \(2024-03-02\) is after dateTo/,
    );
    expect(() => ids(pop, { frequentThreshold: -1, roles: [] })).toThrow(
      /frequentThreshold must be a non-negative integer.*; roles must be/,
    );
    expect(() => ids(pop, { llmLabels: ['Coding'] })).toThrow(/an LLM label filter needs the labels of an LLM run/);
  });
});

describe('populationSteps', () => {
  const pop = population(
    [
      thread('a', { userId: 'u1', department: 'Oncology' }),
      thread('b', { userId: 'u1', department: 'IT' }),
      thread('c', { userId: 'u2', department: 'Oncology' }),
      thread('d', { userId: 'u1', department: 'Oncology', createdAt: null }),
    ],
    { userThreadCounts: { u1: 6, u2: 1 }, previouslySampled: new Set(['a']) },
  );
  test('each filter that is set, in order, with the threads it leaves; the last is the population', () => {
    const filters = { ...NONE, frequentOnly: true, departments: ['Oncology'], dateFrom: '2024-01-01' };
    expect(populationSteps(pop, filters)).toEqual([
      { filter: 'frequentUsers', remaining: 3 },
      { filter: 'departments', remaining: 2 },
      { filter: 'dates', remaining: 1 },
      { filter: 'previouslySampled', remaining: 0 },
    ]);
    expect(filterPopulation(pop, filters).threads).toHaveLength(0);
  });
  test('no filter and earlier samples included: no step', () => {
    expect(populationSteps(pop, { ...NONE, includePreviouslySampled: true })).toEqual([]);
  });
  test('invalid filters throw as filterPopulation does', () => {
    expect(() => populationSteps(pop, { ...NONE, roles: [] })).toThrow(/populationSteps: roles must be null/);
  });
});
