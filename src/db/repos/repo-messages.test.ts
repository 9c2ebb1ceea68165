import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// Repository errors reach the user as they are (ui/error-message.ts): each says what happened, and
// what was not stored, in words, never starting with the name of the function that threw.
test('no repository message begins with a function name', () => {
  const repos = new URL('./', import.meta.url);
  const messages = readdirSync(repos)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => {
      const source = readFileSync(new URL(f, repos), 'utf8');
      return [...source.matchAll(/new Error\(\s*([`'"])((?:(?!\1).)*)/g)].map((m) => `${f}: ${m[2]}`);
    });
  expect(messages.length).toBeGreaterThan(20);
  expect(messages.filter((m) => !/^[\w-]+\.ts: ["“A-Z]/.test(m))).toEqual([]);
});
