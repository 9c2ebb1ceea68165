import { describe, expect, test } from 'vitest';
import { asStudyId, asThreadId } from '../ids';
import type { ThreadMeta } from './thread-meta';
import { filterThreads, NO_FILTER } from './filter-threads';

const t = (id: string, department: string, role: string, userId: string): ThreadMeta => ({
  studyId: asStudyId('s'),
  threadId: asThreadId(id),
  userId,
  department,
  role,
  createdAt: null,
  turnCount: 1,
  length: 1,
  preview: '',
  ordinal: 0,
});
const threads = [
  t('a', 'Cardiology', 'Scheduler', 'u1'),
  t('b', 'Oncology', 'Nurse', 'u2'),
  t('c', 'Cardiology', 'Nurse', 'u2'),
];
const ids = (xs: ThreadMeta[]) => xs.map((x) => x.threadId);

describe('filterThreads', () => {
  test('no filter keeps every thread in order', () => {
    expect(ids(filterThreads(threads, NO_FILTER))).toEqual(['a', 'b', 'c']);
  });
  test('filters combine', () => {
    expect(ids(filterThreads(threads, { ...NO_FILTER, department: 'Cardiology', role: 'Nurse' }))).toEqual(['c']);
    expect(
      ids(filterThreads(threads, { ...NO_FILTER, users: new Set(['u2']), searchHits: new Set(['a', 'b']) })),
    ).toEqual(['b']);
  });
  test('LLM label filter, with "" for threads without a label', () => {
    const llmLabels = new Map([
      ['a', 'Coding'],
      ['b', 'Other'],
    ]);
    expect(ids(filterThreads(threads, { ...NO_FILTER, llmLabels, llmLabel: 'Coding' }))).toEqual(['a']);
    expect(ids(filterThreads(threads, { ...NO_FILTER, llmLabels, llmLabel: '' }))).toEqual(['c']);
  });
});
