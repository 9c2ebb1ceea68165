import { expect, test } from 'vitest';
import { comparedRunsOnGold } from '../../../tests/support/run-comparison-fixture';
import { BYTE_ORDER_MARK } from '../exports/csv-text';
import { RUN_COMPARISON_COLUMNS, runComparisonCsv } from './run-comparison-csv';

test('the comparison table as CSV: every statistic of both runs, the difference and McNemar, formula-looking names neutralised', () => {
  const c = comparedRunsOnGold().comparison;
  const lines = runComparisonCsv(c, ['Prompt v1', '=v2']).replace(BYTE_ORDER_MARK, '').trim().split('\n');
  expect(lines[0]).toBe(RUN_COMPARISON_COLUMNS.join(','));
  expect(lines).toHaveLength(1 + 6 + 4 + 1 + 3);
  const accuracy = lines[1]!.split(',');
  expect(accuracy.slice(0, 4)).toEqual(['accuracy', '', 'Prompt v1', '0.8']);
  expect(Number(accuracy[4])).toBeCloseTo(c.models[0].accuracy.ci!.lower, 12);
  expect(lines[2]!.split(',').slice(0, 4)).toEqual(['accuracy', '', "'=v2", '0.6']);
  expect(lines.find((l) => l.startsWith('f1,y,Prompt v1,'))).toBeDefined();
  expect(lines.slice(-3)).toEqual(['mcnemar_b,,,4,,,,,10', 'mcnemar_c,,,2,,,,,10', 'mcnemar_p,,,0.6875,,,,,10']);
});
