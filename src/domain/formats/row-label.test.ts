import { describe, expect, it } from 'vitest';
import { placeText, rowLabel, rowLabelStart, rowList } from './row-label';

describe('row labels', () => {
  it('name the line only where it differs from the row', () => {
    expect(rowLabel({ row: 12 })).toBe('row 12');
    expect(rowLabel({ row: 12, line: 12 })).toBe('row 12');
    expect(rowLabelStart({ row: 12, line: 31 })).toBe('Row 12 (line 31)');
    expect(placeText({ row: 12, line: 31 })).toBe('12 (line 31)');
  });

  it('join runs of rows, keep lines apart, and stop after twenty entries', () => {
    expect(rowList([{ row: 2 }, { row: 3 }, { row: 4 }, { row: 9, line: 12 }, { row: 10, line: 13 }])).toBe(
      'rows 2–4, 9 (line 12), 10 (line 13)',
    );
    expect(rowList([{ row: 7, line: 9 }])).toBe('row 7 (line 9)');
    const scattered = Array.from({ length: 25 }, (_, i) => ({ row: 2 * i + 2 }));
    expect(rowList(scattered)).toMatch(/^rows 2, 4, .*, 40 and 5 more$/);
  });
});
