import Papa from 'papaparse';
import type { RatingRow } from '../agreement/ratings-matrix';
import { neutraliseCell } from './spreadsheet-safety';

/**
 * Long-format ratings as CSV for `npm run agreement`: header `item_id,rater_id,label`, one row
 * per rating, an empty label for "not rated". Cells a spreadsheet would run as a formula are
 * neutralised (a leading apostrophe), so an id or label starting with =, +, -, @ would differ
 * from the app's by that apostrophe.
 */
export function ratingsToLongCsv(rows: readonly RatingRow[]): string {
  return Papa.unparse(
    {
      fields: ['item_id', 'rater_id', 'label'],
      data: rows.map((r) => [neutraliseCell(r.itemId), neutraliseCell(r.raterId), neutraliseCell(r.label ?? '')]),
    },
    { newline: '\n' },
  ) + '\n';
}
