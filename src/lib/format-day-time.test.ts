import { expect, test } from 'vitest';
import { formatDayTime } from './format-day-time';

test('day, short month and 24-hour time, without a year or seconds', () => {
  const iso = new Date(2026, 11, 3, 14, 2, 59).toISOString();
  expect(formatDayTime(iso)).toBe('3 Dec 14:02');
  expect(formatDayTime(new Date(2026, 0, 9, 0, 5).toISOString())).toBe('9 Jan 00:05');
});
