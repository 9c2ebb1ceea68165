import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generatePassphrase, passphraseBits, PASSPHRASE_WORD_COUNT } from './passphrase';
import { PASSPHRASE_WORDS } from './passphrase-words';

const seeded = (seed: number) => {
  const random = createRandom(seed);
  return () => Math.floor(random() * 2 ** 32);
};

describe('generatePassphrase', () => {
  it('draws six words of the shipped list, over 60 bits', () => {
    const words = generatePassphrase(seeded(1)).split('-');
    expect(words).toHaveLength(PASSPHRASE_WORD_COUNT);
    for (const word of words) expect(PASSPHRASE_WORDS).toContain(word);
    expect(passphraseBits(PASSPHRASE_WORD_COUNT, PASSPHRASE_WORDS.length)).toBeGreaterThan(60);
  });

  it('ships a list of unique lower-case words', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{3,9}$/);
  });

  it('is reproducible from the injected source and differs between seeds', () => {
    expect(generatePassphrase(seeded(7))).toBe(generatePassphrase(seeded(7)));
    expect(generatePassphrase(seeded(7))).not.toBe(generatePassphrase(seeded(8)));
  });

  it('rejects draws above the last whole multiple of the list, so no word is favoured', () => {
    const draws = [2 ** 32 - 1, 2, 0, 1, 0, 1];
    expect(generatePassphrase(() => draws.shift()!, 5, ['a', 'b', 'c'])).toBe('c-a-b-a-b');
  });

  it('refuses fewer than five words and a bad source', () => {
    expect(() => generatePassphrase(seeded(1), 4)).toThrow(/at least five words/);
    expect(() => generatePassphrase(() => 0.5)).toThrow(/integers/);
  });
});
