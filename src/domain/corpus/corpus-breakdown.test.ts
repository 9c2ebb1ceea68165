import { describe, expect, test } from 'vitest';
import type { StudyId, ThreadId } from '../ids';
import type { ThreadMeta } from '../threads/thread-meta';
import { corpusBreakdown, indexCorpus, NONE } from './corpus-breakdown';

const thread = (id: string, department: string | null, role: string | null, createdAt: string | null): ThreadMeta => ({
  studyId: 's' as StudyId,
  threadId: id as ThreadId,
  userId: 'u',
  department,
  role,
  createdAt,
  turnCount: 1,
  length: 1,
  preview: '',
  ordinal: 0,
});

describe('corpusBreakdown', () => {
  const threads = [
    thread('1', 'Radiology', 'Nurse', '2024-01-03T00:00:00Z'),
    thread('2', 'Radiology', 'Scheduler', '2024-01-09T00:00:00Z'),
    thread('3', 'Pharmacy', 'Scheduler', '2024-02-01T00:00:00Z'),
    thread('4', null, null, null),
    thread('5', 'Pharmacy', 'Nurse', '2024-02-05T00:00:00Z'),
  ];
  const labels = new Map([
    ['1', 'B'],
    ['2', 'A'],
    ['3', 'A'],
    ['4', 'A'],
  ]);
  const groups = new Map([
    ['Nurse', { clinical: 'clinician', soc: '29' }],
    ['Scheduler', { clinical: 'non-clinician', soc: '43' }],
  ]);
  const b = corpusBreakdown(indexCorpus(threads, labels, groups), threads);

  test('shares over labeled threads, most frequent first; an unlabeled thread counts nowhere else', () => {
    expect(b.labeled).toBe(4);
    expect(b.unlabeled).toBe(1);
    expect(b.labels).toEqual([
      { label: 'A', count: 3, share: 0.75 },
      { label: 'B', count: 1, share: 0.25 },
    ]);
  });

  test('cross-tabulates by department, role group and month, missing values last', () => {
    expect(b.byDepartment).toEqual({
      rows: ['Pharmacy', 'Radiology', NONE],
      counts: [
        [1, 0],
        [1, 1],
        [1, 0],
      ],
      rowTotals: [1, 2, 1],
    });
    expect(b.byClinicalGroup.rows).toEqual(['clinician', 'non-clinician', NONE]);
    expect(b.byClinicalGroup.counts).toEqual([
      [0, 1],
      [2, 0],
      [1, 0],
    ]);
    expect(b.bySocGroup.rows).toEqual(['29', '43', NONE]);
    expect(b.byMonth).toEqual({
      rows: ['2024-01', '2024-02', NONE],
      counts: [
        [1, 1],
        [1, 0],
        [1, 0],
      ],
      rowTotals: [2, 1, 1],
    });
  });

  test('counts only the population, a subset of the indexed threads', () => {
    const some = corpusBreakdown(
      indexCorpus(threads, labels, groups),
      threads.filter((t) => t.department === 'Pharmacy'),
    );
    expect(some.labels).toEqual([{ label: 'A', count: 1, share: 1 }]);
    expect(some.unlabeled).toBe(1);
    expect(some.byDepartment).toEqual({ rows: ['Pharmacy'], counts: [[1]], rowTotals: [1] });
  });
});
