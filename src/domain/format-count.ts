// The one count format of the screens, the methods paragraph and the exports' messages: domain
// code writes counts into sentences, so it lives here and the screens import it too.
const integer = new Intl.NumberFormat('en-US');

/** A count with thousands separators: 30,503. */
export const formatCount = (n: number): string => integer.format(n);

/** "1 thread", "30,503 threads", "2 categories" with `many` given. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;
