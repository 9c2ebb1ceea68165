import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['2024-01-15', '2024-01-15T00:00:00.000Z'],
    ['2024-01-15T09:30', '2024-01-15T09:30:00.000Z'],
    ['2024-01-15T09:30:05', '2024-01-15T09:30:05.000Z'],
    ['2024-01-15T09:30:05.123456Z', '2024-01-15T09:30:05.123Z'],
    ['2024-01-15T09:30:05+02:00', '2024-01-15T07:30:05.000Z'],
    ['2024-01-15T23:30:00-0500', '2024-01-16T04:30:00.000Z'],
    ['2024-01-15 09:30', '2024-01-15T09:30:00.000Z'],
    ['2024-01-15 09:30:59', '2024-01-15T09:30:59.000Z'],
    [' 2024-02-29 ', '2024-02-29T00:00:00.000Z'],
    ['1/5/2024', '2024-01-05T00:00:00.000Z'],
    ['12/31/2023 23:59', '2023-12-31T23:59:00.000Z'],
    ['3/4/2024 7:05:09', '2024-03-04T07:05:09.000Z'],
    ['3/4/2024 7:05 PM', '2024-03-04T19:05:00.000Z'],
    ['3/4/2024 12:00 am', '2024-03-04T00:00:00.000Z'],
  ])('reads %j as %s', (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });

  it('gives null for empty cells', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('   ')).toBeNull();
  });

  it.each(['2023-02-29', '2024-13-01', '2024-01-32', '13/1/2024', '2024-01-15T24:00', '2024-01-15T10:60', 'yesterday', '15.01.2024', '45306', '2024-01-15Z', '0999-01-01', '3/4/2024 13:00 PM'])(
    'rejects %j',
    (value) => {
      expect(parseDate(value)).toBe('invalid');
    },
  );

  it('accepts Excel serials only when asked', () => {
    expect(parseDate('45306', { excelSerial: true })).toBe('2024-01-15T00:00:00.000Z');
    expect(parseDate('45306.4375', { excelSerial: true })).toBe('2024-01-15T10:30:00.000Z');
    expect(parseDate('99999999', { excelSerial: true })).toBe('invalid');
  });
});
