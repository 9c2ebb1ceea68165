import { readCsvTable } from '../agreement/csv-table.ts';
import { GOLD_COLUMNS, GOLD_EXPORT_COLUMNS } from '../agreement/ratings-csv.ts';

/**
 * The 1-based row (header = row 1) of each item of a gold file that `parseGoldCsv` accepted,
 * read from the same columns it reads (item_id,label, else Concord's thread_id,final_label),
 * so that a message about an item can name its row. Items with an empty label are included.
 */
export function goldItemRows(text: string): Map<string, number> {
  let table = readCsvTable(text, GOLD_COLUMNS);
  if (table.problems.some((p) => p.row === 1)) table = readCsvTable(text, GOLD_EXPORT_COLUMNS);
  const rows = new Map<string, number>();
  for (const { row, values } of table.records) if (!rows.has(values[0]!)) rows.set(values[0]!, row);
  return rows;
}
