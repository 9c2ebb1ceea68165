import { rowList, type RowPlace } from './row-label';

/**
 * A key that is equal for a record and the header when the record repeats the header (case,
 * surrounding spaces and a byte order mark aside), as when two exports are pasted together.
 */
export const headerKey = (fields: readonly string[]): string =>
  fields.map((f) => f.replace(/^\uFEFF/, '').trim().toLowerCase()).join('\u0000');

/** The one note that names every repeated header row skipped. Precondition: at least one place. */
export const repeatedHeaderNote = (places: readonly RowPlace[]): string =>
  `The header row appears again in ${rowList(places)} (files pasted together?); skipped, not read as threads.`;
