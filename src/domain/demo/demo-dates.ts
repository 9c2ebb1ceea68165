/** Length of the demo period: the study's eleven months. */
export const DEMO_PERIOD_MONTHS = 11;

const DAY_MS = 86_400_000;
const WEEKEND_ACCEPT = 0.15;

/** Midnight UTC of an ISO date or date-time; throws on an unparseable string. */
export function parseStartDate(startDate: string): Date {
  const d = new Date(/T/.test(startDate) ? startDate : `${startDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`demoTimestamps: startDate "${startDate}" is not an ISO date`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The end (exclusive) of the demo period that starts at `start`. */
export function demoPeriodEnd(start: Date): Date {
  const end = new Date(start.getTime());
  end.setUTCMonth(end.getUTCMonth() + DEMO_PERIOD_MONTHS);
  return end;
}

/**
 * `count` ISO timestamps (UTC, whole seconds) in ascending order over the eleven months from
 * `startDate`: mostly weekdays in working hours, with usage growing over the period
 * (density rising linearly from 0.6 to 1.4 of the mean), as a tool's adoption does.
 */
export function demoTimestamps(count: number, startDate: string, random: () => number): string[] {
  const start = parseStartDate(startDate);
  const days = Math.round((demoPeriodEnd(start).getTime() - start.getTime()) / DAY_MS);
  const times: number[] = [];
  while (times.length < count) {
    // Inverse CDF of the density 0.6 + 0.8 t on [0, 1).
    const t = (-0.6 + Math.sqrt(0.36 + 1.6 * random())) / 0.8;
    const day = Math.min(days - 1, Math.floor(t * days));
    const dayStart = start.getTime() + day * DAY_MS;
    const weekday = new Date(dayStart).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() > WEEKEND_ACCEPT) continue;
    const hours = 7 + 6 * (random() + random()); // 7:00 to 19:00, peaking early afternoon
    times.push(dayStart + Math.floor(hours * 3600) * 1000);
  }
  times.sort((a, b) => a - b);
  return times.map((ms) => new Date(ms).toISOString().replace('.000Z', 'Z'));
}
