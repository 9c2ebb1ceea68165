import { expect, test } from 'vitest';
import { asLlmRunId, asStudyId } from './ids';
import type { LlmRun } from './llm-run';
import { runLabel } from './run-label';

const run = (id: string, extra: Partial<LlmRun> = {}): LlmRun => ({
  studyId: asStudyId('s'),
  runId: asLlmRunId(id),
  model: 'gpt-4o',
  source: `${id}.csv`,
  importedAt: '2026-11-30T10:00:00Z',
  labelCounts: {},
  ...extra,
});

test('a run reads by its name, its model in brackets when the name is not the model, and its date when known', () => {
  expect(runLabel(run('r1'))).toBe('gpt-4o');
  expect(runLabel(run('r1', { name: 'gpt-4o' }))).toBe('gpt-4o');
  expect(runLabel(run('r1', { name: 'Prompt v2' }))).toBe('Prompt v2 (gpt-4o)');
  expect(runLabel(run('r1', { name: 'Prompt v2', ranAt: '2026-11-29' }))).toBe('Prompt v2 (gpt-4o), 2026-11-29');
});

test('two runs of a list that would read the same add their file and import date; the others do not', () => {
  const runs = [
    run('r1'),
    run('r2', { importedAt: '2026-12-01T09:00:00Z' }),
    run('r3', { name: 'Prompt v2' }),
    run('r4', { name: 'Prompt v2', model: 'claude' }),
  ];
  expect(runs.map((r) => runLabel(r, runs))).toEqual([
    'gpt-4o, from r1.csv, imported 2026-11-30',
    'gpt-4o, from r2.csv, imported 2026-12-01',
    'Prompt v2 (gpt-4o)',
    'Prompt v2 (claude)',
  ]);
});
