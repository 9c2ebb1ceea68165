import { expect, test } from 'vitest';
import { exportFileName } from './file-names';

test('file names keep letters and digits and replace the rest', () => {
  expect(exportFileName(['Pilot study', 'Sample 1', 'gold'], 'csv')).toBe('Pilot-study-Sample-1-gold.csv');
  expect(exportFileName(['Étude/été: #2', '', 'audit'], 'csv')).toBe('Étude-été-2-audit.csv');
  expect(exportFileName(['///'], 'json')).toBe('concord.json');
});
