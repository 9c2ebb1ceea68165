import type { RatingRow } from '../agreement/ratings-matrix';
import { RATINGS_COLUMNS } from '../agreement/ratings-csv';
import { csvText } from '../exports/csv-text';

/**
 * Long-format ratings as CSV for `npm run agreement`: header `item_id,rater_id,label`, one row
 * per rating, an empty label for "not rated", written by `csvText` (byte order mark, formula
 * cells neutralised: an id or label starting with =, +, -, @ differs from the app's by a leading
 * apostrophe).
 */
export function ratingsToLongCsv(rows: readonly RatingRow[]): string {
  return csvText(
    RATINGS_COLUMNS,
    rows.map((r) => [r.itemId, r.raterId, r.label ?? '']),
  );
}
