import { describe, expect, it } from 'vitest';
import { parseGoldCsv, parseRatingsCsv } from './ratings-csv.ts';
import { ratingsMatrixFromRows } from './ratings-matrix.ts';

describe('parseRatingsCsv', () => {
  it('reads columns in any order, ignores others, keeps labels exactly', () => {
    const { rows, problems } = parseRatingsCsv('note,label,rater_id,item_id\nx, Yes ,r1,t1\ny,yes,r2,t1\nz,,r3,t1\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { itemId: 't1', raterId: 'r1', label: ' Yes ' },
      { itemId: 't1', raterId: 'r2', label: 'yes' },
      { itemId: 't1', raterId: 'r3', label: null },
    ]);
  });

  it('handles a byte order mark, CRLF and quoted fields with commas, quotes and line breaks', () => {
    const text = '\uFEFFitem_id,rater_id,label\r\n"t,1",r1,"say ""no"""\r\nt2,r1,"two\r\nlines"\r\n';
    const { rows, problems } = parseRatingsCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { itemId: 't,1', raterId: 'r1', label: 'say "no"' },
      { itemId: 't2', raterId: 'r1', label: 'two\r\nlines' },
    ]);
  });

  it('reports every duplicate (item, rater) with its row, even with an empty label', () => {
    const { problems } = parseRatingsCsv('item_id,rater_id,label\nt1,r1,a\nt1,r2,b\n\nt1,r1,\nt1,r2,b\n');
    expect(problems).toEqual([
      { row: 5, message: 'rater "r1" rated item "t1" again (first at row 2)' },
      { row: 6, message: 'rater "r2" rated item "t1" again (first at row 3)' },
    ]);
  });

  it('reports a missing column on row 1, and rows with empty ids or a wrong field count', () => {
    expect(parseRatingsCsv('item_id,label\nt1,a\n').problems).toEqual([
      { row: 1, message: 'missing column rater_id (header: item_id,label)' },
    ]);
    expect(parseRatingsCsv('').problems[0]!.message).toMatch(/^empty file/);
    expect(parseRatingsCsv('item_id,rater_id,label\n,r1,a\nt1,r1\n').problems).toEqual([
      { row: 2, message: 'empty item_id' },
      { row: 3, message: '2 fields, but the header has 3' },
    ]);
  });

  it('feeds ratingsMatrixFromRows: sorted items and raters, unrated cells null', () => {
    const { rows } = parseRatingsCsv('item_id,rater_id,label\nt2,b,x\nt1,a,y\nt1,c,\n');
    expect(ratingsMatrixFromRows(rows)).toEqual({
      itemIds: ['t1', 't2'],
      raterIds: ['a', 'b', 'c'],
      ratings: [
        ['y', null, null],
        [null, 'x', null],
      ],
    });
  });
});

describe('parseGoldCsv', () => {
  it('reads item_id and label, skips empty labels, reports repeated items', () => {
    const { gold, problems } = parseGoldCsv('label,item_id\nx,t1\n,t2\ny,t1\n');
    expect([...gold]).toEqual([['t1', 'x']]);
    expect(problems).toEqual([{ row: 4, message: 'item "t1" has a second gold label row (first at row 2)' }]);
  });

  it("reads Concord's gold export (thread_id, final_label; other columns ignored; empty = no gold)", () => {
    const text =
      'thread_id,final_label,decision_method,status,label_Ana,text\n' +
      't1,Coding,unanimous,final,Coding,"a, b"\nt2,,,needs decision,Other,x\nt3,Other,adjudicated,final,Coding,\n';
    const { gold, problems } = parseGoldCsv(text);
    expect(problems).toEqual([]);
    expect([...gold]).toEqual([
      ['t1', 'Coding'],
      ['t3', 'Other'],
    ]);
    expect(parseGoldCsv('thread_id,final_label\nt1,a\nt1,b\n').problems).toEqual([
      { row: 3, message: 'item "t1" has a second gold label row (first at row 2)' },
    ]);
  });

  it('prefers item_id,label when both pairs are present, and reports the missing item_id,label column otherwise', () => {
    expect([...parseGoldCsv('item_id,label,thread_id,final_label\ni,x,t,y\n').gold]).toEqual([['i', 'x']]);
    expect(parseGoldCsv('thread_id,label\nt1,a\n').problems).toEqual([
      { row: 1, message: 'missing column item_id (header: thread_id,label)' },
    ]);
  });
});

describe('ratingsMatrixFromRows', () => {
  it('refuses a repeated (item, rater) and empty labels', () => {
    const row = { itemId: 't', raterId: 'r', label: 'a' };
    expect(() => ratingsMatrixFromRows([row, { ...row, label: null }])).toThrow(
      'ratingsMatrixFromRows: rater "r" rated item "t" more than once',
    );
    expect(() => ratingsMatrixFromRows([{ ...row, label: '' }])).toThrow(
      'ratingsMatrixFromRows: a label must be a non-empty string or null',
    );
  });
});
