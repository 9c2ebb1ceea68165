import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './spreadsheet-safety';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1+1', "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('prefixes a formula trigger: %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it('prefixes every value that starts with a trigger, harmless or not (documented trade-off)', () => {
    expect(neutraliseCell('-')).toBe("'-");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell('- first example')).toBe("'- first example");
  });

  it('leaves other values alone', () => {
    for (const value of ['', 'Coding', '5', ' =1+1', 'a=b', "'quoted", 'Email & Document Writing']) {
      expect(neutraliseCell(value)).toBe(value);
    }
  });

  it('is harmless when applied twice', () => {
    expect(neutraliseCell(neutraliseCell('=1'))).toBe("'=1");
  });
});
