import { assertRatingsMatrix, type RatingsMatrix } from './ratings-matrix.ts';

/** Code of a missing rating in {@link EncodedRatings.codes}. */
export const MISSING = -1;

/** A ratings matrix with labels replaced by small integers, the form every coefficient reads. */
export interface EncodedRatings {
  readonly itemIds: readonly string[];
  readonly raterIds: readonly string[];
  /** Category labels; a code is an index into this list. */
  readonly categories: readonly string[];
  readonly nItems: number;
  readonly nRaters: number;
  /** `codes[item * nRaters + rater]`: the category code, or {@link MISSING}. */
  readonly codes: Int32Array;
}

/**
 * Encodes labels as integer codes once, so that every statistic and every bootstrap resample
 * works on typed arrays.
 *
 * Categories are `options.categories` when given (e.g. the codebook, so unused categories are
 * still reported), else the distinct labels sorted by UTF-16 code unit.
 *
 * Preconditions: the matrix is well formed (see `assertRatingsMatrix`); given categories are
 * unique, non-empty and include every label in the matrix.
 */
export function encodeRatings(matrix: RatingsMatrix, options: { categories?: readonly string[] } = {}): EncodedRatings {
  assertRatingsMatrix(matrix, 'encodeRatings');
  const categories = options.categories ?? distinctLabels(matrix);
  const codeOf = new Map<string, number>();
  categories.forEach((c, k) => {
    if (c === '' || codeOf.has(c))
      throw new Error(`encodeRatings: categories must be unique and non-empty (${JSON.stringify(c)})`);
    codeOf.set(c, k);
  });
  const nItems = matrix.itemIds.length;
  const nRaters = matrix.raterIds.length;
  const codes = new Int32Array(nItems * nRaters).fill(MISSING);
  matrix.ratings.forEach((row, i) => {
    row.forEach((label, r) => {
      if (label === null) return;
      const code = codeOf.get(label);
      if (code === undefined)
        throw new Error(`encodeRatings: label ${JSON.stringify(label)} is not among the given categories`);
      codes[i * nRaters + r] = code;
    });
  });
  return { itemIds: matrix.itemIds, raterIds: matrix.raterIds, categories, nItems, nRaters, codes };
}

function distinctLabels(matrix: RatingsMatrix): string[] {
  const labels = new Set<string>();
  for (const row of matrix.ratings) for (const label of row) if (label !== null) labels.add(label);
  return [...labels].sort();
}

/** Index of a rater id, or a thrown error naming `caller`. */
export function raterIndex(data: EncodedRatings, raterId: string, caller: string): number {
  const r = data.raterIds.indexOf(raterId);
  if (r < 0) throw new Error(`${caller}: unknown rater ${JSON.stringify(raterId)}`);
  return r;
}

/** One weight per item, each 1: the data as observed (a bootstrap resample uses multiplicities). */
export function unitWeights(nItems: number): Uint32Array {
  return new Uint32Array(nItems).fill(1);
}
