/**
 * The one input shape of the agreement statistics: a ratings matrix, items × raters.
 * `ratings[i][r]` is the label rater `r` gave item `i`, or `null` when that rater did not
 * rate that item. Labels are compared exactly (no trimming, case-sensitive).
 */
export interface RatingsMatrix {
  readonly itemIds: readonly string[];
  readonly raterIds: readonly string[];
  readonly ratings: readonly (readonly (string | null)[])[];
}

/** One rating in long format; `label: null` records that the rater saw the item but gave no label. */
export interface RatingRow {
  readonly itemId: string;
  readonly raterId: string;
  readonly label: string | null;
}

/**
 * Checks the shape of a ratings matrix.
 *
 * Preconditions (each throws, naming `caller`): item ids and rater ids are unique; one row per
 * item; each row has one cell per rater; every cell is a non-empty string or null (the empty
 * string is not a label: long-format files use it for "not rated").
 */
export function assertRatingsMatrix(matrix: RatingsMatrix, caller: string): void {
  assertUnique(matrix.itemIds, `${caller}: item ids must be unique`);
  assertUnique(matrix.raterIds, `${caller}: rater ids must be unique`);
  if (matrix.ratings.length !== matrix.itemIds.length) {
    throw new Error(
      `${caller}: ratings must have one row per item (${matrix.ratings.length} rows, ${matrix.itemIds.length} items)`,
    );
  }
  matrix.ratings.forEach((row, i) => {
    if (row.length !== matrix.raterIds.length) {
      throw new Error(
        `${caller}: row ${i} (item ${matrix.itemIds[i]}) must have one cell per rater (${row.length} cells, ${matrix.raterIds.length} raters)`,
      );
    }
    for (const label of row) {
      if (label !== null && (typeof label !== 'string' || label === '')) {
        throw new Error(`${caller}: a rating must be a non-empty string or null (item ${matrix.itemIds[i]})`);
      }
    }
  });
}

function assertUnique(ids: readonly string[], message: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`${message} (${JSON.stringify(id)} repeats)`);
    seen.add(id);
  }
}

/**
 * Builds a ratings matrix from long-format rows (one row per rating).
 *
 * Items and raters are every id that appears in a row, sorted by UTF-16 code unit (JavaScript's
 * default sort), so the matrix, and therefore a seeded bootstrap, does not depend on row order.
 * A row with `label: null` makes its item and rater known without rating anything: that is how
 * an item nobody rated, or a rater who rated nothing, enters the data.
 *
 * Preconditions: item and rater ids are non-empty; no (item, rater) pair repeats, even when one
 * of the rows has no label; a label is a non-empty string or null.
 */
export function ratingsMatrixFromRows(rows: readonly RatingRow[]): RatingsMatrix {
  const itemSet = new Set<string>();
  const raterSet = new Set<string>();
  for (const row of rows) {
    if (row.itemId === '' || row.raterId === '') {
      throw new Error('ratingsMatrixFromRows: item and rater ids must be non-empty');
    }
    if (row.label === '') throw new Error('ratingsMatrixFromRows: a label must be a non-empty string or null');
    itemSet.add(row.itemId);
    raterSet.add(row.raterId);
  }
  const itemIds = [...itemSet].sort();
  const raterIds = [...raterSet].sort();
  const itemIndex = new Map(itemIds.map((id, i) => [id, i]));
  const raterIndex = new Map(raterIds.map((id, r) => [id, r]));
  const ratings = itemIds.map(() => new Array<string | null>(raterIds.length).fill(null));
  const seen = new Set<string>();
  for (const row of rows) {
    const key = JSON.stringify([row.itemId, row.raterId]);
    if (seen.has(key)) {
      throw new Error(
        `ratingsMatrixFromRows: rater ${JSON.stringify(row.raterId)} rated item ${JSON.stringify(row.itemId)} more than once`,
      );
    }
    seen.add(key);
    const cells = ratings[itemIndex.get(row.itemId)!]!;
    cells[raterIndex.get(row.raterId)!] = row.label;
  }
  return { itemIds, raterIds, ratings };
}
