import { describe, expect, it } from 'vitest';
import { dateOrderEvidence, inferDateOrder } from './date-order';
import { parseDate } from './parse-date';
import { wallClockFromStored } from './wall-clock';

const value = (v: string, options?: Parameters<typeof parseDate>[1]) => {
  const r = parseDate(v, options);
  return r.kind === 'date' ? r.value : r.kind;
};

describe('parseDate', () => {
  it.each([
    ['2024-01-15', '2024-01-15'],
    ['2024-01-15T09:30', '2024-01-15 09:30'],
    ['2024-01-15T09:30:05', '2024-01-15 09:30:05'],
    ['2024-01-15T09:30:05.123456Z', '2024-01-15 09:30:05'],
    ['2024-01-15T09:30:05+02:00', '2024-01-15 09:30:05'],
    ['2024-01-15T23:30:00-0500', '2024-01-15 23:30'],
    ['2024-01-15 09:30', '2024-01-15 09:30'],
    ['2024-06-03 14:05:00', '2024-06-03 14:05'],
    [' 2024-02-29 ', '2024-02-29'],
    ['12/31/2023 23:59', '2023-12-31 23:59'],
    ['3/24/2024 7:05:09', '2024-03-24 07:05:09'],
    ['3/14/2024 7:05 PM', '2024-03-14 19:05'],
    ['3/14/2024 12:00 am', '2024-03-14 00:00'],
  ])('reads %j as the wall-clock %s, with no zone', (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it.each([
    ['17.05.2024 08:12', '2024-05-17 08:12'],
    ['17/05/2024', '2024-05-17'],
    ['17-05-2024 8:12', '2024-05-17 08:12'],
    ['31.12.2023 23:59:30', '2023-12-31 23:59:30'],
  ])('reads the day-first %j (first number over 12) as %s', (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it('reads an ambiguous numeric date only in the order it is given', () => {
    expect(value('03/04/2024')).toBe('ambiguous');
    expect(value('03/04/2024', { order: 'day-first' })).toBe('2024-04-03');
    expect(value('03.04.2024 9:15', { order: 'month-first' })).toBe('2024-03-04 09:15');
    expect(value('05/05/2024')).toBe('2024-05-05');
    expect(value('1/5/2024', { order: 'month-first' })).toBe('2024-01-05');
    expect(value('17/05/2024', { order: 'month-first' })).toBe('invalid');
  });

  it.each(['', '   ', 'N/A', 'n/a', '-', '—', 'unknown', 'NULL', 'none', '#N/A'])('reads %j as no date', (raw) => {
    expect(value(raw)).toBe('empty');
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-01-32',
    '32/1/2024',
    '2024-01-15T24:00',
    '2024-01-15T10:60',
    'yesterday',
    '45306',
    '2024-01-15Z',
    '0999-01-01',
    '3/4/2024 13:00 PM',
    '30.02.2024',
  ])('rejects %j', (raw) => {
    expect(value(raw, { order: 'day-first' })).toBe('invalid');
  });

  it('reads Excel serials (1900 system) only when asked, and says so', () => {
    expect(parseDate('45306', { excelSerial: true })).toEqual({ kind: 'date', value: '2024-01-15', serial: true });
    expect(value('45400.5', { excelSerial: true })).toBe('2024-04-18 12:00');
    expect(value('45400,5', { excelSerial: true })).toBe('2024-04-18 12:00');
    expect(value('45306.4375', { excelSerial: true })).toBe('2024-01-15 10:30');
    expect(value('99999999', { excelSerial: true })).toBe('invalid');
  });
});

describe('dateOrderEvidence and inferDateOrder', () => {
  it('infers day first from a value whose first number is over 12', () => {
    const evidence = dateOrderEvidence(['03/04/2024', '17/05/2024 08:12', 'N/A', '2024-01-01']);
    expect(evidence).toEqual({ dayFirst: 1, monthFirst: 0, ambiguous: 1, examples: ['03/04/2024'] });
    expect(inferDateOrder(evidence)).toBe('day-first');
    expect(inferDateOrder(dateOrderEvidence(['03/04/2024', '5/17/2024']))).toBe('month-first');
  });

  it('asks when every value is ambiguous or the values contradict each other', () => {
    const evidence = dateOrderEvidence(['01.02.2024', '03.04.2024', '01.02.2024', '05.06.2024', '07.08.2024']);
    expect(evidence.examples).toEqual(['01.02.2024', '03.04.2024', '05.06.2024']);
    expect(inferDateOrder(evidence)).toBeNull();
    expect(inferDateOrder(dateOrderEvidence(['17/05/2024', '5/17/2024']))).toBeNull();
    expect(inferDateOrder(dateOrderEvidence(['2024-05-17', '05/05/2024', 'text']))).toBe('none');
  });
});

describe('wallClockFromStored', () => {
  it('migrates the UTC strings older imports stored to the wall-clock time they came from', () => {
    expect(wallClockFromStored('2024-06-03T14:05:00.000Z')).toBe('2024-06-03 14:05');
    expect(wallClockFromStored('2024-06-03T14:05:30Z')).toBe('2024-06-03 14:05:30');
    expect(wallClockFromStored('2024-06-03 14:05')).toBe('2024-06-03 14:05');
    expect(wallClockFromStored(null)).toBeNull();
  });
});
