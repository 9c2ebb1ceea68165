import { formatWallClock } from '../domain/formats/wall-clock';

/** The machine's own calendar date ('2026-12-01'), as a wall-clock string: what "today" means to the person at it. */
export const localDate = (at: Date): string =>
  formatWallClock({ year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), time: null });
