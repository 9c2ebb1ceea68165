import { excelSerialToIso } from './xlsx-cell-text';

export interface ParseDateOptions {
  /** Accept a bare number as an Excel date serial (only for values read from XLSX). */
  excelSerial?: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP])\.?M\.?)?)?$/i;
const SERIAL = /^\d+(?:\.\d+)?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));

function isoParts(m: RegExpExecArray): Parts {
  const zone = m[8];
  let offsetMinutes = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
  return {
    year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]),
    millisecond: m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0')),
    offsetMinutes,
  };
}

function usParts(m: RegExpExecArray): Parts | null {
  let hour = num(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'P' ? 12 : 0);
  }
  return { year: num(m[3]), month: num(m[1]), day: num(m[2]), hour, minute: num(m[5]), second: num(m[6]), millisecond: 0, offsetMinutes: 0 };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

function toIso(p: Parts): string | 'invalid' {
  if (p.year < 1000 || p.month < 1 || p.month > 12 || p.day < 1) return 'invalid';
  if (p.hour > 23 || p.minute > 59 || p.second > 59 || Math.abs(p.offsetMinutes) > 18 * 60) return 'invalid';
  if (p.day > daysInMonth(p.year, p.month)) return 'invalid';
  const ms = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - p.offsetMinutes * 60_000;
  return new Date(ms).toISOString();
}

/**
 * Reads a date or date-time cell into ISO 8601 UTC ('YYYY-MM-DDTHH:mm:ss.sssZ').
 *
 * Accepted, after trimming:
 * - ISO 8601: 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm[:ss[.fff]]' with 'T' or a space, with an
 *   optional zone ('Z', '+02:00', '-0500', '+02'). Without a zone the time is taken as UTC.
 * - US: 'M/D/YYYY' with an optional ' H:mm[:ss]' and optional AM/PM.
 * - With options.excelSerial: a bare number as an Excel date serial (1900 system), e.g.
 *   '45306.4375' -> 2024-01-15T10:30:00.000Z.
 * A date alone is midnight UTC. Impossible dates (2023-02-29, 13/1/2024: day-first dates
 * are not guessed) and anything else give 'invalid'; empty or blank gives null.
 * Pure: the result never depends on the machine's clock or time zone.
 */
export function parseDate(value: string, options: ParseDateOptions = {}): string | null | 'invalid' {
  const v = value.trim();
  if (v === '') return null;
  const iso = ISO.exec(v);
  if (iso) return toIso(isoParts(iso));
  const us = US.exec(v);
  if (us) {
    const parts = usParts(us);
    return parts === null ? 'invalid' : toIso(parts);
  }
  if (options.excelSerial && SERIAL.test(v)) {
    const serial = excelSerialToIso(Number(v));
    const m = serial === null ? null : ISO.exec(serial);
    return m ? toIso(isoParts(m)) : 'invalid';
  }
  return 'invalid';
}
