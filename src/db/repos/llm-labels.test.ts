import { afterEach, beforeEach, expect, test } from 'vitest';
import { importTestThreads } from '../../../tests/support/database';
import { asLlmRunId, asThreadId } from '../../domain/ids';
import { describeRun } from '../../domain/llm-run';
import { listAuditEvents } from './decisions';
import { importLlmLabels, listLlmRuns, updateLlmRunDetails } from './llm-labels';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

const labels = [{ threadId: asThreadId('t1'), label: 'Coding' }];

test('a run is stored with the name, note and date the lead gave, or named after its model', async () => {
  await importTestThreads(db, study.id, ['t1'], () => ({}));
  await importLlmLabels(db, {
    studyId: study.id,
    model: 'gpt-4o',
    source: 'v2.csv',
    labels,
    now: '2026-01-03T00:00:00Z',
    run: { name: 'Prompt v2', note: 'Definitions from codebook v2', ranAt: '2026-01-02 09:30' },
  });
  const [fromThreads, second] = await listLlmRuns(db, study.id);
  expect(describeRun(fromThreads!)).toEqual({ name: 'gpt-4o', model: 'gpt-4o', note: '', ranAt: null });
  expect(second).toMatchObject({
    name: 'Prompt v2',
    note: 'Definitions from codebook v2',
    ranAt: '2026-01-02 09:30',
    labelCounts: { Coding: 1 },
  });
});

test('editing a run changes its details, never its labels, with an audit event of what changed', async () => {
  const runId = await importLlmLabels(db, {
    studyId: study.id,
    model: 'gpt-4o',
    source: 'v1.csv',
    labels,
    now: '2026-01-03T00:00:00Z',
  });
  const edited = { name: 'Prompt v1', model: 'gpt-4o', note: 'first prompt', ranAt: '2026-01-01' };
  await updateLlmRunDetails(db, study.id, runId, edited, '2026-01-04T00:00:00Z');
  await updateLlmRunDetails(db, study.id, runId, edited, '2026-01-05T00:00:00Z');
  const [run] = await listLlmRuns(db, study.id);
  expect(describeRun(run!)).toEqual(edited);
  expect(run!.labelCounts).toEqual({ Coding: 1 });
  const events = (await listAuditEvents(db, study.id)).filter((e) => e.action === 'llm-run.edited');
  expect(events).toEqual([
    expect.objectContaining({
      at: '2026-01-04T00:00:00Z',
      subject: 'gpt-4o',
      from: 'name: gpt-4o; note: ; ranAt: ',
      to: 'name: Prompt v1; note: first prompt; ranAt: 2026-01-01',
    }),
  ]);
  await expect(updateLlmRunDetails(db, study.id, asLlmRunId('nope'), edited, '2026-01-05T00:00:00Z')).rejects.toThrow(
    /The LLM run nope is not in this study/,
  );
});
