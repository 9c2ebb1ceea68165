import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sampleRatingRows } from '../domain/agreement/sample-ratings';
import { goldTable, goldToCsv } from '../domain/exports/gold-file';
import { exampleGold } from '../../tests/support/gold-fixture';
import { ratingsToLongCsv } from '../domain/formats/ratings-export';
import { goldLabelsCsv } from '../domain/report/gold-labels-csv';

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/agreement.ts', ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
  });
}

test('npm run agreement reads the files Concord exports, byte order mark and all', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-exports-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const rows = [
    ...sampleRatingRows(
      ['t1', 't2', 't3'],
      [
        { id: 'a', name: 'Zoë' },
        { id: 'b', name: 'José' },
      ],
      [
        { threadId: 't1', reviewerId: 'a', label: 'Coding' },
        { threadId: 't1', reviewerId: 'b', label: 'Coding' },
        { threadId: 't2', reviewerId: 'a', label: 'Other' },
        { threadId: 't2', reviewerId: 'b', label: 'Other' },
        { threadId: 't3', reviewerId: 'a', label: 'Coding' },
        { threadId: 't3', reviewerId: 'b', label: 'Other' },
      ],
    ),
    { itemId: 't1', raterId: 'LLM', label: 'Coding' },
    { itemId: 't2', raterId: 'LLM', label: 'Coding' },
    { itemId: 't3', raterId: 'LLM', label: 'Other' },
  ];
  const ratings = file('ratings.csv', ratingsToLongCsv(rows));
  const labels = file(
    'gold-labels.csv',
    goldLabelsCsv(
      new Map([
        ['t1', 'Coding'],
        ['t2', 'Other'],
        ['t3', 'Other'],
      ]),
    ),
  );
  expect(ratingsToLongCsv(rows).charCodeAt(0)).toBe(0xfeff);

  const withLabels = await run(ratings, '--model', 'LLM', '--gold', labels);
  expect(withLabels.stderr).toBe('');
  const out = JSON.parse(withLabels.stdout);
  expect(out.raters).toEqual(['José', 'Zoë']);
  expect(out.model.gold.accuracy.value).toBeCloseTo(2 / 3, 10);

  // The Exports page's gold-standard file is a gold file too (thread_id, final_label).
  const standard = file('gold.csv', goldToCsv(goldTable(exampleGold())));
  const goldOnly = await run(
    file(
      'llm.csv',
      ratingsToLongCsv([
        { itemId: 't1', raterId: 'r', label: 'Coding' },
        { itemId: 't1', raterId: 'LLM', label: 'Coding' },
      ]),
    ),
    '--model',
    'LLM',
    '--gold',
    standard,
  );
  expect(goldOnly.stderr).toBe('');
  expect(JSON.parse(goldOnly.stdout).model.gold.accuracy.value).toBe(1);
});
