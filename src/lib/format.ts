// The one count format of the screens, the methods paragraph and the exports' messages (pure:
// domain code uses it too), so a number reads the same everywhere.
const integer = new Intl.NumberFormat('en-US');

/** A count with thousands separators: 30,503. */
export const formatCount = (n: number): string => integer.format(n);

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}

/** "1 thread", "30,503 threads", "2 categories" with `many` given. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;
