import { compareIds } from '../agreement/rater-pairs';

/** A thread of a report's samples with its final (gold) label and the LLM's label, either possibly missing. */
export interface CellItem {
  readonly sampleId: string;
  readonly threadId: string;
  readonly gold: string | null;
  readonly llm: string | null;
}

/** One non-empty cell of the confusion matrix: the threads with that gold label and that LLM label. */
export interface ConfusionCell<T extends CellItem = CellItem> {
  readonly gold: string;
  readonly llm: string;
  readonly items: readonly T[];
}

/**
 * The threads behind each non-empty cell of the LLM-against-gold confusion matrix (gold rows, LLM
 * columns, as `tallyGold` in agreement/model-vs-gold.ts counts them): an item counts when it has
 * both a gold label and an LLM label; so each cell holds as many items as the report's matrix says.
 *
 * Cells come in the matrix's reading order: by gold label, then by LLM label, both compared by
 * UTF-16 code unit like the matrix's categories. Items keep their given order within a cell (the
 * report's: samples in the study's order, threads in the sample's). A thread in two samples is two
 * items, as it is two items of the report. No item with both labels gives no cell.
 */
export function confusionCells<T extends CellItem>(items: readonly T[]): ConfusionCell<T>[] {
  const byCell = new Map<string, { gold: string; llm: string; items: T[] }>();
  for (const item of items) {
    if (item.gold === null || item.llm === null) continue;
    // A NUL cannot occur in a label read from a file or typed, so the key is unambiguous.
    const key = `${item.gold}\u0000${item.llm}`;
    const cell = byCell.get(key);
    if (cell) cell.items.push(item);
    else byCell.set(key, { gold: item.gold, llm: item.llm, items: [item] });
  }
  return [...byCell.values()].sort((a, b) => compareIds(a.gold, b.gold) || compareIds(a.llm, b.llm));
}

/** The index of the cell (gold, llm) in `cells`, or -1 when that cell is empty. */
export function cellIndex(cells: readonly ConfusionCell<CellItem>[], gold: string, llm: string): number {
  return cells.findIndex((c) => c.gold === gold && c.llm === llm);
}
