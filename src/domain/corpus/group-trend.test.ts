import { describe, expect, test } from 'vitest';
import type { StudyId, ThreadId } from '../ids';
import type { ThreadMeta } from '../threads/thread-meta';
import { groupTrend } from './group-trend';

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
    for (const month of ['2024-01', '2024-02', '2024-03']) {
      add(month, 'Scheduler', 'Q', 1);
      add(month, 'Scheduler', 'E', 19);
    }
    add('2024-04', 'Scheduler', 'Q', 8);
    add('2024-04', 'Scheduler', 'E', 12);
    add('2024-04', 'Nurse', 'Q', 30);
    const trend = groupTrend(threads, labels, (t) => t.role === 'Scheduler', 'Q');
    expect(trend.months.map((m) => m.flagged)).toEqual([false, false, false, true]);
    expect(trend.months[3]!.total).toBe(20);
    expect(trend.threadsOfAlert.get('2024-04')).toHaveLength(8);
    expect(trend.threadsOfAlert.get('2024-04')!.every((id) => id.includes('Scheduler-Q'))).toBe(true);
  });
});
