import { describe, expect, test } from 'vitest';
import { asStudyId, asThreadId } from './ids';
import { emptySummary } from './study-summary';
import type { ThreadMeta } from './threads/thread-meta';
import { frequentUsers, updateSummary } from './study-summary';

const meta = (id: string, userId: string, length: number): ThreadMeta => ({
  studyId: asStudyId('s'),
  threadId: asThreadId(id),
  userId,
  department: 'Cardiology',
  role: 'Scheduler',
  createdAt: null,
  turnCount: 1,
  length,
  preview: '',
  ordinal: 0,
});

describe('updateSummary', () => {
  test('adds counts and flags threads over a spreadsheet cell', () => {
    const s = updateSummary(emptySummary(), [meta('a', 'u1', 10), meta('b', 'u1', 40_000), meta('c', 'u2', 5)]);
    expect(s).toMatchObject({ threadCount: 3, overLimitCount: 1, totalCharacters: 40_015 });
    expect(s.byUser).toEqual({ u1: 2, u2: 1 });
    expect(s.byDepartment).toEqual({ Cardiology: 3 });
  });
  test('removing what was added gives the empty summary back', () => {
    const ts = [meta('a', 'u1', 10), meta('b', 'u2', 20)];
    expect(updateSummary(updateSummary(emptySummary(), ts), ts, -1)).toEqual(emptySummary());
  });
});

describe('frequentUsers', () => {
  test('counts only users with more than the threshold', () => {
    const ts = Array.from({ length: 7 }, (_, i) => meta(`t${i}`, i < 6 ? 'busy' : 'rare', 1));
    expect(frequentUsers(updateSummary(emptySummary(), ts), 5)).toEqual(new Set(['busy']));
    expect(frequentUsers(updateSummary(emptySummary(), ts), 6)).toEqual(new Set());
  });
});
