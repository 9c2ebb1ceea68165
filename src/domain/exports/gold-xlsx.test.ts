import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { SPREADSHEET_CELL_LIMIT } from '../threads/thread';
import { goldTable } from './gold-file';
import { exampleGold } from '../../../tests/support/gold-fixture';
import { GOLD_SHEET_NAME, goldToXlsx, splitCell } from './gold-xlsx';
import { asThreadId } from '../ids';

function readBack(bytes: Uint8Array): XLSX.WorkSheet {
  const wb = XLSX.read(bytes, { type: 'array' });
  expect(wb.SheetNames).toEqual([GOLD_SHEET_NAME]);
  return wb.Sheets[GOLD_SHEET_NAME]!;
}

const rowValues = (sheet: XLSX.WorkSheet) =>
  XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '', raw: false });

describe('goldToXlsx', () => {
  it('writes a header row and text cells that keep the text exactly', () => {
    const table = goldTable(exampleGold());
    const { bytes, splitThreadIds, notFitted, textColumns } = goldToXlsx(table);
    expect([splitThreadIds, notFitted, textColumns]).toEqual([[], [], 0]);
    const sheet = readBack(bytes);
    const rows = rowValues(sheet);
    expect(rows[0]).toEqual(table.columns);
    expect(rows).toHaveLength(6);
    expect(rows.slice(1)).toEqual(table.rows.map((r) => table.columns.map((c) => r[c])));
    expect(rows[2]![table.columns.indexOf('label_cy')]).toBe('=Other');
    expect(rows[3]![table.columns.indexOf('rationale')]).toBe('-not code, "really"');
    // The codebook version is text too: nothing in the file is a number or a formula.
    const cells = Object.keys(sheet)
      .filter((k) => !k.startsWith('!'))
      .map((k) => sheet[k] as XLSX.CellObject);
    expect(cells.every((c) => c.t === 's' && c.f === undefined)).toBe(true);
  });

  it('splits a text over the cell limit into continuation columns, never cutting it', () => {
    const long = `=${'a'.repeat(SPREADSHEET_CELL_LIMIT - 1)}-${'b'.repeat(SPREADSHEET_CELL_LIMIT + 10)}😀end`;
    const texts = new Map([
      [asThreadId('t2'), long],
      [asThreadId('t3'), 'short'],
    ]);
    const table = goldTable(exampleGold(), texts);
    const { bytes, splitThreadIds, notFitted, textColumns } = goldToXlsx(table);
    expect(splitThreadIds).toEqual(['t2']);
    expect(notFitted).toEqual([]);
    expect(textColumns).toBe(3);
    const rows = rowValues(readBack(bytes));
    const at = table.columns.indexOf('text');
    expect(rows[0]!.slice(at)).toEqual(['text', 'text_2', 'text_3']);
    const pieces = rows[2]!.slice(at);
    expect(pieces.every((p) => p.length <= SPREADSHEET_CELL_LIMIT)).toBe(true);
    expect(pieces.join('')).toBe(long);
    expect(rows[3]!.slice(at)).toEqual(['short', '', '']);
  });

  it('lists a cell it cannot split and leaves it empty rather than cut', () => {
    const table = goldTable(exampleGold(), new Map([[asThreadId('t1'), '-'.repeat(SPREADSHEET_CELL_LIMIT + 5)]]));
    const { notFitted, bytes } = goldToXlsx(table);
    expect(notFitted).toEqual([{ threadId: 't1', column: 'text' }]);
    expect(rowValues(readBack(bytes))[1]!.at(-1)).toBe('');
  });

  it('marks exactly the formula-looking cells with the quote prefix of their cell style', () => {
    const { bytes } = goldToXlsx(goldTable(exampleGold()));
    const zip = XLSX.CFB.read(bytes, { type: 'array' });
    const part = (path: string) => new TextDecoder().decode(XLSX.CFB.find(zip, path)!.content as Uint8Array);
    // The first <xf> of styles.xml is in cellStyleXfs: the cellXfs indexes of `s` start after it.
    const quoted = new Set(
      [...part('/xl/styles.xml').matchAll(/<xf [^>]*>/g)].flatMap((m, i) =>
        m[0].includes('quotePrefix="1"') ? [i - 1] : [],
      ),
    );
    const cellStyles = [...part('/xl/worksheets/sheet1.xml').matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)];
    const marked = cellStyles
      .filter(([, , style]) => style !== undefined && quoted.has(Number(style)))
      .map(([, ref]) => ref);
    const sheet = readBack(bytes);
    const looksLikeFormula = Object.keys(sheet).filter(
      (k) => !k.startsWith('!') && /^[=+\-@\t\r]/.test(String(sheet[k].v)),
    );
    expect(looksLikeFormula.sort()).toEqual(['E3', 'H4', 'K4', 'N4']);
    expect(marked.sort()).toEqual(looksLikeFormula.sort());
  });
});

describe('splitCell', () => {
  it('keeps short values whole and splits long ones at the limit', () => {
    expect(splitCell('abc', 3)).toEqual(['abc']);
    expect(splitCell('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
  });

  it('never starts a continuation with a formula trigger nor splits a surrogate pair', () => {
    expect(splitCell('ab=cd', 2)).toEqual(['a', 'b=', 'cd']);
    expect(splitCell('ab\tcd', 3)).toEqual(['ab\t', 'cd']);
    expect(splitCell('a😀b', 2)).toEqual(['a', '😀', 'b']);
    expect(splitCell('a+-@\r\tb', 3)).toEqual(null);
  });
});
