import { readCsvTable, type CsvProblem } from '../agreement/csv-table.ts';

export const POPULATION_LABEL_COLUMNS = ['thread_id', 'label'] as const;

/**
 * Parses the LLM's labels of every thread of a population: a header with thread_id and label
 * (any order, other columns ignored), one row per thread; an empty label means the thread is
 * unlabeled (`null`). Values are taken exactly (no trimming, case-sensitive); quoting, line
 * endings and the byte order mark as `readCsvTable`.
 *
 * Returns thread id → label (file order) and every problem with its 1-based row (header =
 * row 1): those of `readCsvTable`, an empty thread_id, a thread_id that repeats. Callers should
 * refuse the file when `problems` is not empty.
 */
export function parsePopulationLabelsCsv(text: string): { labels: Map<string, string | null>; problems: CsvProblem[] } {
  const { records, problems } = readCsvTable(text, POPULATION_LABEL_COLUMNS);
  const labels = new Map<string, string | null>();
  const firstRow = new Map<string, number>();
  for (const { row, values } of records) {
    const [threadId, label] = values as [string, string];
    if (threadId === '') {
      problems.push({ row, message: 'empty thread_id' });
      continue;
    }
    const first = firstRow.get(threadId);
    if (first !== undefined) {
      problems.push({ row, message: `thread ${JSON.stringify(threadId)} appears again (first at row ${first})` });
      continue;
    }
    firstRow.set(threadId, row);
    labels.set(threadId, label === '' ? null : label);
  }
  problems.sort((a, b) => a.row - b.row);
  return { labels, problems };
}
