import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { BYTE_ORDER_MARK, csvText } from './csv-text';

test('starts with the UTF-8 byte order mark, so Excel keeps accents, and parses back to the cells', () => {
  const csv = csvText(
    ['name', 'note'],
    [
      ['Zoë', 'a, "b"\nc'],
      ['José', ''],
    ],
  );
  expect(csv.startsWith(`${BYTE_ORDER_MARK}name,note\n`)).toBe(true);
  expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  expect(Papa.parse<string[]>(csv.slice(1).trimEnd()).data).toEqual([
    ['name', 'note'],
    ['Zoë', 'a, "b"\nc'],
    ['José', ''],
  ]);
});

test('neutralises every formula cell, the header included, and ends every line', () => {
  const csv = csvText(['=h'], [['+1'], ['-x'], ['@SUM(A1)'], ['\tx'], ['ok']], { byteOrderMark: false });
  expect(csv).toBe("'=h\n'+1\n'-x\n'@SUM(A1)\n'\tx\nok\n");
  expect(csvText(['a', 'b'], [], { byteOrderMark: false })).toBe('a,b\n');
});
