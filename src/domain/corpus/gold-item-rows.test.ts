import { describe, expect, it } from 'vitest';
import { goldItemRows } from './gold-item-rows.ts';

describe('goldItemRows', () => {
  it('gives the row of each item of an item_id,label file, quoted line breaks included', () => {
    expect([...goldItemRows('item_id,note,label\na,"two\nlines",X\n\nb,,\nc,,Y\n')]).toEqual([
      ['a', 2],
      ['b', 4],
      ['c', 5],
    ]);
  });

  it("reads Concord's exported gold file by its thread_id column", () => {
    expect([...goldItemRows('thread_id,final_label,status\nt1,A,final\nt2,,incomplete\n')]).toEqual([
      ['t1', 2],
      ['t2', 3],
    ]);
  });
});
