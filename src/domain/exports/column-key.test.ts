import { expect, test } from 'vitest';
import { columnKey, distinctColumnKeys } from './column-key';

test('a name becomes an identifier: lower case, accents dropped, other runs one underscore', () => {
  expect(columnKey('Reviewer 1')).toBe('reviewer_1');
  expect(columnKey('  Dr. Zoë O’Neil, MD ')).toBe('dr_zoe_o_neil_md');
  expect(columnKey('李')).toBe('');
});

test('keys are distinct: a position for an empty key, a suffix for a taken one', () => {
  expect(distinctColumnKeys(['Ana Maria', 'Ana-Maria', '李', 'ana maria'])).toEqual([
    'ana_maria',
    'ana_maria_2',
    'reviewer_3',
    'ana_maria_3',
  ]);
});
