import Papa from 'papaparse';
import { neutraliseCell } from '../formats/spreadsheet-safety';

/**
 * Gold labels as the CSV `npm run agreement -- ratings.csv --model LLM --gold gold.csv` reads:
 * header `item_id,label`, one row per item with a gold label, in the map's order. Cells are
 * neutralised for spreadsheets as in the ratings export, so both files carry the same item ids.
 */
export function goldToCsv(gold: ReadonlyMap<string, string>): string {
  return Papa.unparse(
    { fields: ['item_id', 'label'], data: [...gold].map(([item, label]) => [neutraliseCell(item), neutraliseCell(label)]) },
    { newline: '\n' },
  ) + '\n';
}
