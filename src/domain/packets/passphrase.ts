import { PASSPHRASE_WORDS } from './passphrase-words';

/** Six words of 1,331: about 62 bits, beyond reach of offline guessing behind scrypt (work factor 18). */
export const PASSPHRASE_WORD_COUNT = 6;

/**
 * A passphrase of `count` words drawn uniformly from `words`, joined by hyphens.
 *
 * @param randomUint32 a source of uniform 32-bit unsigned integers; in the app
 *   `crypto.getRandomValues` (never `Math.random`), in tests a seeded stand-in.
 * Each word is drawn by rejection sampling, so no word is likelier than another (a plain
 * modulo of 2^32 by 1,331 would favour the first words). Preconditions: count ≥ 5 (the
 * issue's floor), at least two distinct words.
 */
export function generatePassphrase(
  randomUint32: () => number,
  count = PASSPHRASE_WORD_COUNT,
  words: readonly string[] = PASSPHRASE_WORDS,
): string {
  if (!Number.isInteger(count) || count < 5)
    throw new Error('generatePassphrase: a passphrase needs at least five words');
  if (words.length < 2) throw new Error('generatePassphrase: the word list needs at least two words');
  const limit = Math.floor(2 ** 32 / words.length) * words.length;
  const picked: string[] = [];
  while (picked.length < count) {
    const n = randomUint32();
    if (!Number.isInteger(n) || n < 0 || n >= 2 ** 32)
      throw new Error('generatePassphrase: randomUint32 must give integers in [0, 2^32)');
    if (n < limit) picked.push(words[n % words.length]!);
  }
  return picked.join('-');
}

/** Bits of entropy of a passphrase of `count` words from a list of `size` words. */
export const passphraseBits = (count: number, size: number): number => count * Math.log2(size);
