import { expect, test } from 'vitest';
import { formatCount, plural } from './format-count';

test('counts have thousands separators, and plural picks the word by the count', () => {
  expect(formatCount(30503)).toBe('30,503');
  expect(plural(1, 'thread')).toBe('1 thread');
  expect(plural(0, 'thread')).toBe('0 threads');
  expect(plural(1000, 'category', 'categories')).toBe('1,000 categories');
});
