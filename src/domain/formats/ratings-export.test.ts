import { expect, test } from 'vitest';
import { parseRatingsCsv } from '../agreement/ratings-csv';
import { sampleRatingRows } from '../agreement/sample-ratings';
import { ratingsToLongCsv } from './ratings-export';

test('a sample exports every thread × reviewer, unlabeled as empty, and parses back to the same rows', () => {
  const rows = sampleRatingRows(
    ['t1', 't2'],
    [
      { id: 'r1', name: 'Dr A' },
      { id: 'r2', name: 'Dr B, MD' },
    ],
    [
      { threadId: 't1', reviewerId: 'r1', label: 'Email & Document Writing' },
      { threadId: 't2', reviewerId: 'r2', label: 'Coding' },
    ],
  );
  const csv = ratingsToLongCsv(rows);
  expect(csv.split('\n')[0]).toBe('\uFEFFitem_id,rater_id,label');
  expect(csv).toContain('t1,"Dr B, MD",\n');
  const parsed = parseRatingsCsv(csv);
  expect(parsed.problems).toEqual([]);
  expect(parsed.rows).toEqual(rows);
});

test('cells a spreadsheet would run are neutralised', () => {
  expect(ratingsToLongCsv([{ itemId: '=HYPERLINK("x")', raterId: '@r', label: '+1' }])).toContain(
    `"'=HYPERLINK(""x"")",'@r,'+1`,
  );
});

test('reviewer names must be unique', () => {
  expect(() =>
    sampleRatingRows(
      ['t'],
      [
        { id: 'a', name: 'X' },
        { id: 'b', name: 'X' },
      ],
      [],
    ),
  ).toThrow(/unique/);
});
