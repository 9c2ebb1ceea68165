/** A calendar date and, when the file gave one, a time of day, as the hospital's clock showed it. */
export interface WallClockParts {
  year: number;
  month: number;
  day: number;
  /** null: the value was a date alone. */
  time: { hour: number; minute: number; second: number } | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The stored and shown form of a thread's date: 'YYYY-MM-DD' for a date alone, else
 * 'YYYY-MM-DD HH:mm', with ':ss' when the seconds are not zero. No zone, never shifted: it is
 * the wall-clock time of the hospital that wrote the file, and strings of this form sort in time
 * order. Precondition: valid parts (parseDate checks them).
 */
export function formatWallClock(p: WallClockParts): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.time === null) return date;
  const { hour, minute, second } = p.time;
  return `${date} ${pad(hour)}:${pad(minute)}${second === 0 ? '' : `:${pad(second)}`}`;
}

const STORED_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/;

/**
 * Migrates a thread date stored before dates were wall-clock strings: those imports read a
 * zoneless cell as UTC and stored `toISOString()` ('2024-06-03T14:05:00.000Z'), so the digits
 * are the wall-clock time of the file, and dropping the zone gives what the file said
 * ('2024-06-03 14:05'). Other values (already wall-clock, or null) come back unchanged.
 */
export function wallClockFromStored<T extends string | null>(value: T): T | string {
  if (value === null || value.charCodeAt(value.length - 1) !== 0x5a) return value;
  const m = STORED_UTC.exec(value);
  if (!m) return value;
  return `${m[1]} ${m[2]}${m[3] === undefined || m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** A stored thread or its metadata with its date migrated (wallClockFromStored); the same object when there is nothing to migrate. */
export function withWallClock<T extends { createdAt: string | null }>(record: T): T {
  const createdAt = wallClockFromStored(record.createdAt);
  return createdAt === record.createdAt ? record : { ...record, createdAt };
}
