import { describe, expect, test } from 'vitest';
import { computeAgreementReport } from '../agreement/agreement-report';
import { ratingsMatrixFromRows, type RatingRow } from '../agreement/ratings-matrix';
import { cellIndex, confusionCells, type CellItem } from './confusion-cells';

// Two samples, worked by hand: gold × LLM gives
//   Coding → Coding: p/t1, q/t1     Coding → Other: p/t2     Other → Coding: q/t3
//   Brainstorming → Coding: p/t4 (sorts first: "B" < "C" < "O")
// p/t3 has no gold label, q/t2 no LLM label, q/t4 neither: no cell holds them.
const ITEMS: CellItem[] = [
  { sampleId: 'p', threadId: 't1', gold: 'Coding', llm: 'Coding' },
  { sampleId: 'p', threadId: 't2', gold: 'Coding', llm: 'Other' },
  { sampleId: 'p', threadId: 't3', gold: null, llm: 'Coding' },
  { sampleId: 'p', threadId: 't4', gold: 'Brainstorming', llm: 'Coding' },
  { sampleId: 'q', threadId: 't1', gold: 'Coding', llm: 'Coding' },
  { sampleId: 'q', threadId: 't2', gold: 'Other', llm: null },
  { sampleId: 'q', threadId: 't3', gold: 'Other', llm: 'Coding' },
  { sampleId: 'q', threadId: 't4', gold: null, llm: null },
];

const ids = (items: readonly CellItem[]) => items.map((i) => `${i.sampleId}/${i.threadId}`);

describe('confusionCells', () => {
  test('groups the threads with both labels by (gold, LLM), in the matrix reading order', () => {
    const cells = confusionCells(ITEMS);
    expect(cells.map((c) => [c.gold, c.llm, ids(c.items)])).toEqual([
      ['Brainstorming', 'Coding', ['p/t4']],
      ['Coding', 'Coding', ['p/t1', 'q/t1']],
      ['Coding', 'Other', ['p/t2']],
      ['Other', 'Coding', ['q/t3']],
    ]);
  });

  test("each cell holds as many threads as the report's confusion matrix counts", () => {
    // The same threads as the report's rows: item `<sample>/<thread>`, the LLM as model rater.
    const rows: RatingRow[] = ITEMS.flatMap((i) => [
      { itemId: `${i.sampleId}/${i.threadId}`, raterId: 'A', label: i.gold ?? i.llm ?? 'Coding' },
      { itemId: `${i.sampleId}/${i.threadId}`, raterId: 'LLM', label: i.llm },
    ]);
    const gold = new Map(
      ITEMS.flatMap((i) => (i.gold === null ? [] : [[`${i.sampleId}/${i.threadId}`, i.gold] as const])),
    );
    const matrix = computeAgreementReport(ratingsMatrixFromRows(rows), { modelRater: 'LLM', gold }).model!.gold!;
    const fromCells = matrix.categories.map((g) =>
      matrix.categories.map((l) => {
        const cell = confusionCells(ITEMS).find((c) => c.gold === g && c.llm === l);
        return cell ? cell.items.length : 0;
      }),
    );
    expect(fromCells).toEqual(matrix.confusion);
  });

  test('a label compared exactly: case and spacing make another cell', () => {
    const cells = confusionCells([
      { sampleId: 'p', threadId: 'a', gold: 'Coding', llm: 'coding' },
      { sampleId: 'p', threadId: 'b', gold: 'Coding', llm: 'Coding ' },
    ]);
    expect(cells.map((c) => c.llm)).toEqual(['Coding ', 'coding']);
  });

  test('no thread with both labels gives no cell', () => {
    expect(confusionCells([])).toEqual([]);
    expect(confusionCells(ITEMS.filter((i) => i.gold === null || i.llm === null))).toEqual([]);
  });
});

test('cellIndex finds a non-empty cell and says -1 for an empty one', () => {
  const cells = confusionCells(ITEMS);
  expect(cellIndex(cells, 'Coding', 'Other')).toBe(2);
  expect(cellIndex(cells, 'Other', 'Other')).toBe(-1);
});
