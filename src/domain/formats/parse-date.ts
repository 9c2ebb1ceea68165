import { formatWallClock, type WallClockParts } from './wall-clock';
import { excelSerialToIso } from './excel-serial-to-iso';

/** How a numeric date such as 03/04/2024 is read: 3 April (day first) or March 4 (month first). */
export type DateOrder = 'day-first' | 'month-first';

export interface ParseDateOptions {
  /** The order of a numeric date whose day and month are both 12 or less; absent: 'ambiguous'. */
  order?: DateOrder;
  /** Accept a bare number as an Excel date serial (1900 date system). */
  excelSerial?: boolean;
}

export type DateReading =
  | { kind: 'date'; value: string; serial: boolean }
  /** Blank, or a placeholder that means "no date": N/A, -, unknown, none, null... */
  | { kind: 'empty' }
  /** A numeric date whose day and month could be either, and no order was given. */
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP])\.?M\.?)?)?$/i;
const SERIAL = /^\d+(?:[.,]\d+)?$/;
const PLACEHOLDER = /^(?:n\/?a|n\.a\.?|#n\/a|-+|–|—|\?+|\.|unknown|none|null|nil|nan|missing|not available|no date)$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

function checked(p: WallClockParts): string | null {
  if (p.year < 1000 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) return null;
  if (p.time && (p.time.hour > 23 || p.time.minute > 59 || p.time.second > 59)) return null;
  return formatWallClock(p);
}

const time = (h: string | undefined, m: string | undefined, s: string | undefined) =>
  h === undefined ? null : { hour: Number(h), minute: Number(m), second: s === undefined ? 0 : Number(s) };

/** The two leading numbers of a numeric date (03/04/2024 -> [3, 4]), or null for another form. */
export function numericDateFields(value: string): [number, number] | null {
  const m = NUMERIC.exec(value.trim());
  return m ? [Number(m[1]), Number(m[3])] : null;
}

function readNumeric(m: RegExpExecArray, order: DateOrder | undefined): DateReading {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const resolved = order ?? (first > 12 ? 'day-first' : second > 12 ? 'month-first' : undefined);
  if (resolved === undefined) return first === second ? readNumeric(m, 'day-first') : { kind: 'ambiguous' };
  const t = time(m[5], m[6], m[7]);
  const meridiem = m[8]?.toUpperCase();
  if (t && meridiem !== undefined) {
    if (t.hour < 1 || t.hour > 12) return { kind: 'invalid' };
    t.hour = (t.hour % 12) + (meridiem === 'P' ? 12 : 0);
  }
  const [day, month] = resolved === 'day-first' ? [first, second] : [second, first];
  const value = checked({ year: Number(m[4]), month, day, time: t });
  return value === null ? { kind: 'invalid' } : { kind: 'date', value, serial: false };
}

/**
 * Reads a date or date-time cell as the wall-clock time it shows (formatWallClock:
 * '2024-06-03 14:05', or '2024-06-03' for a date alone), never shifted by a time zone.
 *
 * Accepted, after trimming:
 * - ISO 8601: 'YYYY-MM-DD', 'YYYY-MM-DD[T ]HH:mm[:ss[.fff]]'; a zone ('Z', '+02:00') is
 *   dropped, keeping the time as written. Fractions of a second are dropped.
 * - Numeric dates with '/', '.' or '-' and a four-digit year, with an optional time
 *   ' H:mm[:ss]' and AM/PM: '17.05.2024 08:12', '17/05/2024', '5/17/2024 8:12 PM'. A first
 *   number over 12 is a day, a second over 12 a month; when both are 12 or less the order
 *   comes from options.order, and without it the result is 'ambiguous' (unless day and month
 *   are equal, when the order does not matter).
 * - With options.excelSerial: a bare number as an Excel serial, 1900 system (45400.5, or
 *   45400,5 with a decimal comma -> '2024-04-18 12:00'); `serial: true` says it was one.
 * Blank cells and placeholders (N/A, -, unknown, none, null...) give 'empty'; impossible dates
 * (2023-02-29) and anything else give 'invalid'. Pure: no clock, no time zone.
 */
export function parseDate(value: string, options: ParseDateOptions = {}): DateReading {
  const v = value.trim();
  if (v === '' || PLACEHOLDER.test(v)) return { kind: 'empty' };
  const iso = ISO.exec(v);
  if (iso) {
    const parsed = checked({
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      time: time(iso[4], iso[5], iso[6]),
    });
    return parsed === null ? { kind: 'invalid' } : { kind: 'date', value: parsed, serial: false };
  }
  const numeric = NUMERIC.exec(v);
  if (numeric) return readNumeric(numeric, options.order);
  if (options.excelSerial && SERIAL.test(v)) {
    const converted = excelSerialToIso(Number(v.replace(',', '.')));
    const reading = converted === null ? null : parseDate(converted);
    return reading?.kind === 'date' ? { ...reading, serial: true } : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}
