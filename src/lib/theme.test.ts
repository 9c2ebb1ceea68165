import { expect, test } from 'vitest';
import { isDark, readThemeChoice, saveThemeChoice } from './theme';

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

test('the system decides until the user chooses', () => {
  expect(isDark('system', true)).toBe(true);
  expect(isDark('system', false)).toBe(false);
  expect(isDark('light', true)).toBe(false);
  expect(isDark('dark', false)).toBe(true);
});

test('a saved choice is read back; anything else, or refused storage, means the system', () => {
  const storage = memory();
  expect(readThemeChoice(storage)).toBe('system');
  saveThemeChoice('dark', storage);
  expect(readThemeChoice(storage)).toBe('dark');
  storage.setItem('concord.theme', 'purple');
  expect(readThemeChoice(storage)).toBe('system');
  expect(
    readThemeChoice({
      getItem: () => {
        throw new Error('SecurityError');
      },
    }),
  ).toBe('system');
});
