import { rowList, type RowPlace } from './row-label';

const key = (fields: readonly string[]): string =>
  fields
    .map((f) =>
      f
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
    )
    .join('\u0000');

/**
 * A test for records that repeat the header (case, surrounding spaces and a byte order mark
 * aside), as when two exports are pasted together. Width and first field are compared first,
 * so a thread's long text is only lower-cased when the record already looks like the header.
 */
export function headerMatcher(header: readonly string[]): (fields: readonly string[]) => boolean {
  const whole = key(header);
  const first = key(header.slice(0, 1));
  return (fields) => fields.length === header.length && key(fields.slice(0, 1)) === first && key(fields) === whole;
}

/** The one note that names every repeated header row skipped. Precondition: at least one place. */
export const repeatedHeaderNote = (places: readonly RowPlace[]): string =>
  `The header row appears again in ${rowList(places)} (files pasted together?); skipped, not read as threads.`;
