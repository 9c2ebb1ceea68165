/** Where a record sits: its spreadsheet row and, for a delimited text, the line it starts on. */
export interface RowPlace {
  row: number;
  /** The file's line; absent or equal to `row` when the two agree. */
  line?: number;
}

/**
 * "row 12", or "row 12 (line 31)" when the record starts on another line of the file (a
 * quoted line break earlier in the file makes one row span several lines), so that a user
 * finds it in a spreadsheet and in a text editor alike.
 */
export function rowLabel(place: RowPlace): string {
  return `row ${placeText(place)}`;
}

/** rowLabel without the word: "12" or "12 (line 31)", for a table's Row column. */
export function placeText(place: RowPlace): string {
  return place.line === undefined || place.line === place.row ? `${place.row}` : `${place.row} (line ${place.line})`;
}

/** rowLabel with a capital, to start a message. */
export const rowLabelStart = (place: RowPlace): string => `R${rowLabel(place).slice(1)}`;

const LISTED = 20;

/**
 * Names rows for one message: "rows 2–5, 9 (line 12)"; runs of consecutive rows whose lines
 * agree with them are joined, and past 20 entries "and N more" ends the list.
 * Precondition: places in file order; an empty list gives ''.
 */
export function rowList(places: readonly RowPlace[]): string {
  if (places.length === 1) return rowLabel(places[0] as RowPlace);
  const parts: string[] = [];
  let i = 0;
  while (i < places.length && parts.length < LISTED) {
    const start = places[i] as RowPlace;
    let end = i;
    const plain = (p: RowPlace) => p.line === undefined || p.line === p.row;
    while (
      plain(start) &&
      end + 1 < places.length &&
      plain(places[end + 1] as RowPlace) &&
      (places[end + 1] as RowPlace).row === (places[end] as RowPlace).row + 1
    )
      end += 1;
    parts.push(end > i ? `${start.row}–${(places[end] as RowPlace).row}` : placeText(start));
    i = end + 1;
  }
  const rest = places.length - i;
  return places.length === 0 ? '' : `rows ${parts.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}
