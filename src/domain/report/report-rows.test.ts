import { expect, test } from 'vitest';
import { parseGoldCsv } from '../agreement/ratings-csv';
import { categoryDistribution } from './category-distribution';
import { goldLabelsCsv } from './gold-labels-csv';
import { reportRows } from './report-rows';

const sample = (sampleId: string, name: string, threads: string[], finals: [string, string][] = []) => ({
  sampleId,
  name,
  rows: threads.flatMap((t) => [
    { itemId: t, raterId: 'Ann', label: 'a' },
    { itemId: t, raterId: 'LLM', label: null },
  ]),
  finals: finals.map(([threadId, label]) => ({ threadId, label })),
});

test('disjoint samples keep thread ids as item ids and concatenate rows and gold labels', () => {
  const r = reportRows([sample('s1', 'A', ['t1', 't2'], [['t1', 'a']]), sample('s2', 'B', ['t3'], [['t3', 'b']])]);
  expect(r.prefixed).toBe(false);
  expect(r.rows.map((x) => `${x.itemId}:${x.raterId}`)).toEqual([
    't1:Ann',
    't1:LLM',
    't2:Ann',
    't2:LLM',
    't3:Ann',
    't3:LLM',
  ]);
  expect([...r.gold]).toEqual([
    ['t1', 'a'],
    ['t3', 'b'],
  ]);
});

test('a thread in two samples makes every item id <sample name>/<thread id>', () => {
  const r = reportRows([sample('s1', 'A', ['t1', 't2'], [['t2', 'c']]), sample('s2', 'B', ['t2'])]);
  expect(r.prefixed).toBe(true);
  expect([...new Set(r.rows.map((x) => x.itemId))]).toEqual(['A/t1', 'A/t2', 'B/t2']);
  expect([...r.gold]).toEqual([['A/t2', 'c']]);
  expect([...r.sampleOf]).toEqual([
    ['A/t1', 's1'],
    ['A/t2', 's1'],
    ['B/t2', 's2'],
  ]);
});

test('when two samples share a name, their ids stand in for it', () => {
  const r = reportRows([sample('s1', 'Same', ['t1']), sample('s2', 'Same', ['t1'])]);
  expect([...new Set(r.rows.map((x) => x.itemId))]).toEqual(['s1/t1', 's2/t1']);
});

test('the gold CSV reads back through the CLI parser', () => {
  const gold = new Map([
    ['A/t1', 'Coding'],
    ['t,2', 'Other "x"'],
    ['=1', 'a'],
  ]);
  const parsed = parseGoldCsv(goldLabelsCsv(gold));
  expect(parsed.problems).toEqual([]);
  expect([...parsed.gold]).toEqual([
    ['A/t1', 'Coding'],
    ['t,2', 'Other "x"'],
    ["'=1", 'a'],
  ]);
});

test('category distribution: most frequent first, unused categories at 0, unknown labels without mapping', () => {
  const categories = [
    { name: 'Coding', medhelm: { category: 'X', subcategory: 'Y' } },
    { name: 'Email', medhelm: { category: 'Admin', subcategory: 'Docs' } },
    { name: 'Unused', medhelm: { category: 'Z', subcategory: 'W' } },
  ];
  const d = categoryDistribution(['Email', 'Coding', 'Email', 'Legacy'], categories);
  expect(d.map((x) => [x.category, x.count, x.share])).toEqual([
    ['Email', 2, 0.5],
    ['Coding', 1, 0.25],
    ['Legacy', 1, 0.25],
    ['Unused', 0, 0],
  ]);
  expect(d[0]!.medhelm).toEqual({ category: 'Admin', subcategory: 'Docs' });
  expect(d[2]!.medhelm).toBeNull();
  expect(categoryDistribution([], categories).every((x) => x.share === 0)).toBe(true);
});
