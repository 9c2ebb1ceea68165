import { expect, test } from 'vitest';
import { matchSegments } from './match-segments';

const marked = (text: string, query: string) =>
  matchSegments(text, query)
    .filter((s) => s.match)
    .map((s) => s.text);

test('every occurrence of every term, in any case, keeping the text as it was', () => {
  const text = 'Draft an EMAIL; then email the clinic';
  const segments = matchSegments(text, 'email clinic');
  expect(segments.map((s) => s.text).join('')).toBe(text);
  expect(marked(text, 'email clinic')).toEqual(['EMAIL', 'email', 'clinic']);
});

test('adjacent and overlapping terms make one mark; no query marks nothing', () => {
  expect(marked('badgeprinting', 'badge printing')).toEqual(['badgeprinting']);
  expect(marked('emails', 'email emails')).toEqual(['emails']);
  expect(matchSegments('abc', '   ')).toEqual([{ text: 'abc', match: false }]);
  expect(matchSegments('', 'abc')).toEqual([]);
});

test('query characters are only text, never a pattern; accents and scripts match', () => {
  expect(marked('a (b) a.b <img', '(b) . <img')).toEqual(['(b)', '.', '<img']);
  expect(marked('Écrire un courriel', 'écrire')).toEqual(['Écrire']);
  expect(marked('مرحبا بكم', 'مرحبا')).toEqual(['مرحبا']);
});
