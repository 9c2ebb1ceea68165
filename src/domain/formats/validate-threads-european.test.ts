import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../tests/support/fixture-bytes';
import { decodeText } from './decode-text';
import { parseDelimited } from './delimited';
import { validateThreads, type ThreadValidationContext } from './validate-threads';

const none: ThreadValidationContext = {
  existingIds: new Set(),
  codebookLabels: new Set(['Email & Document Writing', 'Text Manipulation', 'Brainstorming', 'Coding', 'Other']),
};

describe('a European hospital export (Windows-1252, semicolons, day-first dates, two exports pasted together)', () => {
  it('reads the dates day first, skips the repeated header and imports every thread', () => {
    const table = parseDelimited(decodeText(fixtureBytes('threads-day-first-cp1252.csv')).text);
    expect(table.notes).toContain(
      'The header row appears again in row 5 (line 6) (files pasted together?); skipped, not read as threads.',
    );
    const v = validateThreads(
      table,
      { threadId: 'Fall-ID', text: 'Anfrage', userId: 'Benutzer', department: 'Abteilung', createdAt: 'Datum' },
      none,
    );
    expect(v.valid.map((t) => [t.threadId, t.createdAt])).toEqual([
      ['K-1', '2024-05-17 08:12'],
      ['K-2', '2024-06-03 14:05'],
      ['K-3', null],
      ['K-4', '2024-04-18 12:00'],
      ['K-5', null],
    ]);
    expect(v.problems.map((p) => [p.row, p.line, p.code])).toEqual([
      [4, 5, 'bad-date'],
      [4, 5, 'missing-user'],
      [6, 7, 'excel-serial-date'],
      [7, 8, 'no-date'],
    ]);
    expect(v.problems[2]?.message).toMatch(
      /Excel serial numbers in row 6 \(line 7\); .*e\.g\. 45400,5 -> 2024-04-18 12:00/,
    );
  });
});
