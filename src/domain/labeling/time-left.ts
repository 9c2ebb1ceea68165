/** Fewer labels than this say too little about a reviewer's pace to promise a time. */
export const MIN_PACE_LABELS = 3;

export interface TimeLeft {
  /** Estimated time for the threads left, in milliseconds. */
  ms: number;
  /** The reviewer's pace: the median time on one of their labeled threads. */
  perThreadMs: number;
  /** How many of their labels the pace is measured on. */
  labels: number;
}

/**
 * Time left for a reviewer's open threads at their own pace: the median of the times they spent on
 * the threads they labeled, times the threads left. The median, not the mean, so one thread left
 * open over a coffee break does not double the estimate.
 *
 * Times that are not positive finite numbers are left out (a label restored from a file may carry
 * 0). Returns null when fewer than `MIN_PACE_LABELS` usable times remain. Zero threads left gives
 * zero time.
 *
 * Precondition: `remaining` is a non-negative integer; otherwise throws.
 */
export function estimateTimeLeft(durationsMs: readonly number[], remaining: number): TimeLeft | null {
  if (!Number.isInteger(remaining) || remaining < 0) {
    throw new Error(`estimateTimeLeft: remaining must be a non-negative integer, got ${remaining}`);
  }
  const usable = durationsMs.filter((d) => Number.isFinite(d) && d > 0).sort((a, b) => a - b);
  if (usable.length < MIN_PACE_LABELS) return null;
  const mid = Math.floor(usable.length / 2);
  const perThreadMs = usable.length % 2 ? usable[mid]! : (usable[mid - 1]! + usable[mid]!) / 2;
  return { ms: perThreadMs * remaining, perThreadMs, labels: usable.length };
}

const MINUTE = 60_000;

/** A time left in a reviewer's words: "under a minute", "about 7 min", "about 1 h 20 min" (rounded to whole minutes). */
export function timeLeftWords(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `about ${minutes} min`;
  const rest = minutes % 60;
  return `about ${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}
