import { expect, test } from 'vitest';
import { comparedRuns, runFinals, runThreads } from '../../../tests/support/run-comparison-fixture';
import { comparisonRaterIds, runComparisonRows } from './run-comparison-rows';

test('rater ids are the run names, fit for --models A,B and a spreadsheet, and never the same', () => {
  expect(comparisonRaterIds('Prompt v1', 'Prompt v2')).toEqual(['Prompt v1', 'Prompt v2']);
  expect(comparisonRaterIds('gpt-4o', 'gpt-4o')).toEqual(['gpt-4o (1)', 'gpt-4o (2)']);
  expect(comparisonRaterIds('v1, short', '=v2')).toEqual(['v1; short', '_=v2']);
  expect(comparisonRaterIds(' ', '')).toEqual(['run 1', 'run 2']);
});

test('two runs over two samples that share a thread: the report’s item ids, each run a rater, the samples’ gold labels', () => {
  const {
    rows,
    gold: goldOf,
    prefixed,
  } = runComparisonRows(
    [
      { sampleId: 's1', name: 'S1', threadIds: runThreads.slice(0, 6), finals: runFinals.slice(0, 6) },
      { sampleId: 's2', name: 'S2', threadIds: runThreads.slice(5), finals: runFinals.slice(6) },
    ],
    comparedRuns,
  );
  expect(prefixed).toBe(true);
  expect(rows).toHaveLength(22);
  expect(rows.slice(0, 2)).toEqual([
    { itemId: 'S1/t1', raterId: 'A', label: 'x' },
    { itemId: 'S1/t1', raterId: 'B', label: 'x' },
  ]);
  expect(goldOf.get('S2/t10')).toBe('y');
  expect(goldOf.has('S2/t6')).toBe(false);
});
