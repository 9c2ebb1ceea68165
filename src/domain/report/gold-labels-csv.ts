import { GOLD_COLUMNS } from '../agreement/ratings-csv';
import { csvText } from '../exports/csv-text';

/**
 * Gold labels as the CSV `npm run agreement -- ratings.csv --model LLM --gold gold.csv` reads:
 * header `item_id,label`, one row per item with a gold label, in the map's order, written by
 * `csvText` like the ratings export, so both files carry the same (neutralised) item ids.
 */
export function goldLabelsCsv(gold: ReadonlyMap<string, string>): string {
  return csvText(GOLD_COLUMNS, [...gold]);
}
