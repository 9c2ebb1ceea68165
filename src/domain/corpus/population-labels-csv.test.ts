import { describe, expect, it } from 'vitest';
import { parsePopulationLabelsCsv } from './population-labels-csv.ts';

describe('parsePopulationLabelsCsv', () => {
  it('reads labels in any column order, an empty label as unlabeled', () => {
    const { labels, problems } = parsePopulationLabelsCsv(
      '\uFEFFlabel,extra,thread_id\r\nA,x,t1\r\n,y,t2\r\n"B, b",z,t3\r\n',
    );
    expect(problems).toEqual([]);
    expect([...labels]).toEqual([
      ['t1', 'A'],
      ['t2', null],
      ['t3', 'B, b'],
    ]);
  });

  it('names the row of an empty or repeated thread id and of a missing column', () => {
    expect(parsePopulationLabelsCsv('thread_id,label\nt1,A\n,B\nt1,C\n').problems).toEqual([
      { row: 3, message: 'empty thread_id' },
      { row: 4, message: 'thread "t1" appears again (first at row 2)' },
    ]);
    expect(parsePopulationLabelsCsv('id,label\nt1,A\n').problems[0]).toMatchObject({
      row: 1,
      message: expect.stringMatching(/missing column thread_id/),
    });
  });
});
