const round1 = (x: number) => Number(x.toFixed(1));
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
export function median(xs: number[]): number {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;

export interface Stats {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

/** Count, median, nearest-rank p95, max and mean, to 0.1 ms; null without timings. */
export function stats(xs: number[]): Stats | null {
  if (xs.length === 0) return null;
  return {
    count: xs.length,
    medianMs: round1(median(xs)),
    p95Ms: round1(percentile(xs, 95)),
    maxMs: round1(Math.max(...xs)),
    meanMs: round1(xs.reduce((a, b) => a + b, 0) / xs.length),
  };
}
