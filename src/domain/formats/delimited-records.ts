import Papa from 'papaparse';
import type { Delimiter } from './detect-delimiter';

export interface DelimitedRecord {
  fields: string[];
  /** The line of the file the record starts on (1-based). */
  line: number;
  /** The record opened a quote that never closed properly: it is given up up to the end of that quote's line. */
  broken?: true;
  /** On the last broken record when reading stopped there (MAX_BROKEN): the file's last line, not read. */
  unreadTo?: number;
  /** A quote inside a quoted field that is not doubled, within one line: the record is kept as read. */
  strayQuote?: boolean;
}

/**
 * Each broken record costs a parse of the rest of the file, so reading stops at this many (25 on
 * a 50 MB file is a few seconds) rather than let the rest be read as one swallowing field.
 */
export const MAX_BROKEN = 25;

function countBreaks(text: string, from: number, to: number, linebreak: string): number {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(mark, from); i !== -1 && i < to; i = text.indexOf(mark, i + 1)) n += 1;
  return n;
}

const breaksIn = (fields: readonly string[], linebreak: string) =>
  fields.reduce((n, f) => n + countBreaks(f, 0, f.length, linebreak), 0);

/**
 * Splits a delimited text into records (RFC 4180 quoting, read by papaparse), each with the
 * line it starts on.
 *
 * A quote that is never closed, or whose field runs over a line break and then meets a quote
 * that does not close it (so the field would swallow the records that follow), breaks its
 * record: the record is returned with `broken` and no fields, and reading starts again at the
 * next line of the file, so a text never swallows later records. At the MAX_BROKEN-th such
 * record reading stops: that record carries `unreadTo`, the last line of the file.
 * The final empty record after a closing line break is dropped.
 */
export function readDelimitedRecords(text: string, delimiter: Delimiter): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  let offset = 0;
  let line = 1;
  let brokenCount = 0;
  while (offset < text.length) {
    const segmentLine = line;
    const segment = offset === 0 ? text : text.slice(offset);
    const result = Papa.parse<string[]>(segment, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"' });
    const linebreak = result.meta.linebreak || '\n';
    const data = result.data;
    const invalid = new Set<number>();
    let bad: { row: number; index: number } | null = null;
    for (const e of result.errors) {
      if (e.code === 'InvalidQuotes' && e.row !== undefined) invalid.add(e.row);
      const spans = e.row !== undefined && breaksIn(data[e.row] ?? [], linebreak) > 0;
      const swallows = e.code === 'MissingQuotes' || (e.code === 'InvalidQuotes' && spans);
      if (swallows && e.row !== undefined && e.index !== undefined && (bad === null || e.row < bad.row))
        bad = { row: e.row, index: e.index };
    }
    const end = bad === null ? data.length : bad.row;
    for (let i = 0; i < end; i += 1) {
      const fields = data[i] as string[];
      records.push(invalid.has(i) ? { fields, line, strayQuote: true } : { fields, line });
      line += 1 + breaksIn(fields, linebreak);
    }
    if (bad === null) break;
    brokenCount += 1;
    const mark = linebreak === '\r' ? '\r' : '\n';
    const lineEnd = segment.indexOf(mark, bad.index);
    if (brokenCount === MAX_BROKEN) {
      const lastLine =
        segmentLine + countBreaks(segment, 0, segment.length, linebreak) - (/[\r\n]$/.test(segment) ? 1 : 0);
      records.push({ fields: [], line, broken: true, unreadTo: lastLine });
      return records;
    }
    records.push({ fields: [], line, broken: true });
    if (lineEnd === -1) return records;
    offset += lineEnd + 1;
    line = segmentLine + countBreaks(segment, 0, lineEnd + 1, linebreak);
  }
  const last = records[records.length - 1];
  const closing = text.charCodeAt(text.length - 1);
  if (
    records.length > 1 &&
    last &&
    (closing === 0x0a || closing === 0x0d) &&
    last.fields.length === 1 &&
    last.fields[0] === ''
  )
    records.pop();
  return records;
}
