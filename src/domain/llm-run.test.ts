import { expect, test } from 'vitest';
import { asLlmRunId, asStudyId } from './ids';
import { checkRunDetails, describeRun, type LlmRun } from './llm-run';

const stored: LlmRun = {
  studyId: asStudyId('s'),
  runId: asLlmRunId('r'),
  model: 'gpt-4o',
  source: 'labels.csv',
  importedAt: '2026-01-01T00:00:00Z',
  labelCounts: {},
};

test('a run stored before runs had details reads as named after its model, with no note and no date', () => {
  expect(describeRun(stored)).toEqual({ name: 'gpt-4o', model: 'gpt-4o', note: '', ranAt: null });
  expect(describeRun({ ...stored, name: 'Prompt v2', note: 'shorter definitions', ranAt: '2026-11-30' })).toEqual({
    name: 'Prompt v2',
    model: 'gpt-4o',
    note: 'shorter definitions',
    ranAt: '2026-11-30',
  });
});

test('run details are trimmed and the date is kept as the wall-clock string it names', () => {
  expect(
    checkRunDetails({ name: ' Prompt v2 ', model: 'gpt-4o ', note: ' note ', ranAt: '2026-11-30T14:05:00+01:00' }),
  ).toEqual({
    details: { name: 'Prompt v2', model: 'gpt-4o', note: 'note', ranAt: '2026-11-30 14:05' },
    problems: [],
  });
  expect(checkRunDetails({ name: 'a', model: 'm', note: '', ranAt: '' }).details?.ranAt).toBeNull();
  expect(checkRunDetails({ name: 'a', model: 'm', note: '', ranAt: 'unknown' }).details?.ranAt).toBeNull();
});

test('a missing name or model, and a date that is not one or could be read two ways, are each refused in words', () => {
  expect(checkRunDetails({ name: ' ', model: '', note: '', ranAt: '2026-02-30' }).problems).toEqual([
    'The run needs a name.',
    'The run needs the name of its model.',
    'The date “2026-02-30” is not a date: write it as YYYY-MM-DD, or YYYY-MM-DD HH:mm.',
  ]);
  expect(checkRunDetails({ name: 'a', model: 'm', note: '', ranAt: '03.04.2026' }).problems).toEqual([
    'The date “03.04.2026” could be day or month first: write it as YYYY-MM-DD.',
  ]);
});
