import { readCsvTable, type CsvProblem } from './csv-table.ts';
import type { RatingRow } from './ratings-matrix.ts';

export type { CsvProblem } from './csv-table.ts';

export const RATINGS_COLUMNS = ['item_id', 'rater_id', 'label'] as const;

/**
 * Parses a long-format ratings file: a header with columns item_id, rater_id and label in any
 * order (other columns ignored), then one row per rating. An empty label means "not rated" and
 * becomes `label: null` (the item and the rater still count). Values are taken exactly: no
 * trimming, case-sensitive. See `readCsvTable` for quoting, line endings and the byte order mark.
 *
 * Returns the rows (in file order) and every problem with its 1-based row (header = row 1):
 * those of `readCsvTable`, an empty item_id or rater_id, and any (item, rater) pair that repeats,
 * whatever the labels. Callers should refuse the file when `problems` is not empty. Feed `rows`
 * to `ratingsMatrixFromRows`.
 */
export function parseRatingsCsv(text: string): { rows: RatingRow[]; problems: CsvProblem[] } {
  const { records, problems } = readCsvTable(text, RATINGS_COLUMNS);
  const rows: RatingRow[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, values } of records) {
    const [itemId, raterId, label] = values as [string, string, string];
    if (itemId === '' || raterId === '') {
      problems.push({ row, message: itemId === '' ? 'empty item_id' : 'empty rater_id' });
      continue;
    }
    const key = JSON.stringify([itemId, raterId]);
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        message: `rater ${JSON.stringify(raterId)} rated item ${JSON.stringify(itemId)} again (first at row ${first})`,
      });
      continue;
    }
    firstRow.set(key, row);
    rows.push({ itemId, raterId, label: label === '' ? null : label });
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

export const GOLD_COLUMNS = ['item_id', 'label'] as const;

/** The same two columns as named in Concord's gold-standard export (`domain/exports/gold-file.ts`). */
export const GOLD_EXPORT_COLUMNS = ['thread_id', 'final_label'] as const;

/**
 * Parses a gold-label file: a header with columns item_id and label (any order, others
 * ignored), one row per item. A row with an empty label gives the item no gold label.
 * Concord's own gold-standard export is accepted as it is: when item_id or label is missing but
 * the header has thread_id and final_label, those are read instead (threads without a final
 * label have none). Returns item id → label and every problem with its row (as
 * `parseRatingsCsv`; an item id that repeats is a problem); a header with neither pair reports
 * what item_id,label lacks.
 */
export function parseGoldCsv(text: string): { gold: Map<string, string>; problems: CsvProblem[] } {
  let table = readCsvTable(text, GOLD_COLUMNS);
  if (table.problems.some((p) => p.row === 1)) {
    const exported = readCsvTable(text, GOLD_EXPORT_COLUMNS);
    if (!exported.problems.some((p) => p.row === 1)) table = exported;
  }
  const { records, problems } = table;
  const gold = new Map<string, string>();
  const firstRow = new Map<string, number>();
  for (const { row, values } of records) {
    const [itemId, label] = values as [string, string];
    if (itemId === '') {
      problems.push({ row, message: 'empty item_id' });
      continue;
    }
    const first = firstRow.get(itemId);
    if (first !== undefined) {
      problems.push({
        row,
        message: `item ${JSON.stringify(itemId)} has a second gold label row (first at row ${first})`,
      });
      continue;
    }
    firstRow.set(itemId, row);
    if (label !== '') gold.set(itemId, label);
  }
  problems.sort((a, b) => a.row - b.row);
  return { gold, problems };
}
