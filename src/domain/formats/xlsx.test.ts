import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso } from './excel-serial-to-iso';
import { listSheets, openWorkbook, readSheet } from './xlsx';

type Cell = string | number | boolean | Date | null;

function workbook(
  sheets: Record<string, Cell[][]>,
  dateCells: { sheet: string; cell: string; format: string }[] = [],
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    for (const d of dateCells.filter((x) => x.sheet === name)) {
      const cell = ws[d.cell] as XLSX.CellObject;
      cell.z = d.format;
    }
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const long = 'x'.repeat(32_000) + ' end';

const bytes = workbook(
  {
    Threads: [
      ['Thread export — Children’s hospital'],
      ['Generated', 45306],
      [],
      ['Thread ID', 'Prompt', 'Created', 'Department'],
      ['t1', 'hello', 45306.4375, 'IT'],
      [],
      [123456789012, long, 45323, null],
      ['t3', 'مرحبا 😀', null, 'Nursing', 'stray note'],
    ],
    Notes: [
      ['just', 'notes'],
      ['a', 'b'],
    ],
  },
  [
    { sheet: 'Threads', cell: 'C5', format: 'yyyy-mm-dd hh:mm' },
    { sheet: 'Threads', cell: 'C7', format: 'm/d/yy' },
  ],
);

describe('XLSX', () => {
  it('lists the sheets in order', () => {
    expect(listSheets(bytes)).toEqual(['Threads', 'Notes']);
    expect(openWorkbook(bytes).sheetNames).toEqual(['Threads', 'Notes']);
  });

  it('finds the header below title rows and keeps sheet row numbers', () => {
    const t = readSheet(bytes, 'Threads');
    expect(t.format).toBe('xlsx');
    expect(t.headers).toEqual(['Thread ID', 'Prompt', 'Created', 'Department']);
    expect(t.notes).toContain('Header: row 4 (detected).');
    expect(t.notes).toContain('1 empty row skipped.');
    expect(t.rows.map((r) => r.rowNumber)).toEqual([5, 7, 8]);
    expect(t.rowsRead).toBe(3);
  });

  it('reads dates as ISO, long ids with all digits, long strings whole', () => {
    const t = readSheet(bytes, 'Threads');
    expect(t.rows[0]?.cells).toEqual(['t1', 'hello', '2024-01-15T10:30:00.000Z', 'IT']);
    expect(t.rows[1]?.cells).toEqual(['123456789012', long, '2024-02-01', '']);
    expect(t.rows[2]?.cells[1]).toBe('مرحبا 😀');
  });

  it('warns about cells right of the last header and ignores them', () => {
    const t = readSheet(bytes, 'Threads');
    expect(t.problems).toMatchObject([{ row: 8, code: 'too-many-fields', severity: 'warning' }]);
    expect(t.rows[2]?.cells).toHaveLength(4);
  });

  it('uses the header row the user chose', () => {
    const wb = openWorkbook(bytes);
    const t = wb.readSheet('Threads', { headerRow: 5 });
    expect(t.headers).toEqual(['t1', 'hello', '2024-01-15T10:30:00.000Z', 'IT']);
    expect(t.notes).toContain('Header: row 5 (chosen).');
    expect(() => wb.readSheet('Threads', { headerRow: 99 })).toThrow(/readSheet: headerRow 99/);
    expect(() => wb.readSheet('Nope')).toThrow(/no sheet named "Nope"/);
  });

  it('reads a sheet whose first row is the header, and an empty sheet', () => {
    expect(readSheet(bytes, 'Notes')).toMatchObject({
      headers: ['just', 'notes'],
      rows: [{ rowNumber: 2, cells: ['a', 'b'] }],
    });
    const empty = workbook({ Empty: [] });
    expect(readSheet(empty, 'Empty')).toMatchObject({ headers: [], rows: [], rowsRead: 0 });
  });

  it('skips a header row repeated below (sheets pasted together) with one note', () => {
    const pasted = workbook({
      S: [
        ['id', 'text'],
        ['1', 'a'],
        [' ID', 'Text '],
        ['2', 'b'],
      ],
    });
    const t = readSheet(pasted, 'S');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(t.rowsRead).toBe(2);
    expect(t.notes).toContain(
      'The header row appears again in row 3 (files pasted together?); skipped, not read as threads.',
    );
  });
});

describe('excelSerialToIso', () => {
  it('converts serials in both date systems, independent of the time zone', () => {
    expect(excelSerialToIso(45306)).toBe('2024-01-15');
    expect(excelSerialToIso(45306.5)).toBe('2024-01-15T12:00:00.000Z');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(-1)).toBeNull();
    expect(excelSerialToIso(3_000_000)).toBeNull();
  });
});
