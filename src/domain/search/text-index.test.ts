import { expect, test } from 'vitest';
import { TextIndex } from './text-index';

test('every term must occur, case-insensitively, across turns', () => {
  const index = new TextIndex();
  index.add('a', ['Draft an EMAIL to the clinic', 'shorter please']);
  index.add('b', ['Summarize this policy']);
  index.add('c', ['Écrire un courriel']);
  expect(index.search('email shorter')).toEqual(['a']);
  expect(index.search('  POLICY ')).toEqual(['b']);
  expect(index.search('écrire')).toEqual(['c']);
  expect(index.search('email policy')).toEqual([]);
  expect(index.search('')).toEqual(['a', 'b', 'c']);
});

test('markup in a query is only text', () => {
  const index = new TextIndex();
  index.add('x', ['<img src=x onerror=alert(1)>']);
  expect(index.search('<img')).toEqual(['x']);
});
