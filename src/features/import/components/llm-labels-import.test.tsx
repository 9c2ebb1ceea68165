// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { importThreads } from '../../../db/repos/import-threads';
import { listLlmRuns } from '../../../db/repos/llm-labels';
import { getLlmLabelMap } from '../../../db/repos/threads';
import { asThreadId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { localDate } from '../../../lib/local-date';
import { ImportPage } from './import-page';

let db: ConcordDatabase;
let study: Study;
beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  await importThreads(db, {
    studyId: study.id,
    llmModel: null,
    source: 'threads.csv',
    now: '2026-01-01T00:00:00Z',
    threads: ['t1', 't2', 't3'].map((id, i) => ({
      threadId: asThreadId(id),
      turns: [`text ${id}`],
      userId: 'u',
      department: null,
      role: null,
      createdAt: null,
      llmLabel: null,
      sourceRow: i + 2,
    })),
  });
});
afterEach(async () => {
  await db.delete();
});

const labels = [
  'thread_id,label,model',
  't1,Emails,gpt-4o',
  't2,Coding,gpt-4o',
  't3,Emails,gpt-4o',
  't9,Coding,gpt-4o',
].join('\n');

test('a separate LLM labels file: unknown thread ids reported, unknown labels mapped to a category, one run stored', async () => {
  const user = userEvent.setup();
  renderApp(<ImportPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('radio', { name: /LLM labels for threads already imported/ }));
  await user.upload(screen.getByLabelText(/^File/), new File([labels], 'labels.csv'));
  await user.click(await screen.findByRole('button', { name: 'Check 4 rows' }));

  const problems = await screen.findByRole('table', { name: 'Problems by row' });
  expect(within(problems).getByText(/t9/)).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Map the label Emails' }), 'Email & Document Writing');
  const button = await screen.findByRole('button', { name: 'Import 3 valid LLM labels' });
  expect(screen.getByRole('textbox', { name: 'Name of the model' })).toHaveValue('gpt-4o');
  expect(screen.getByRole('textbox', { name: 'Name of the run' })).toHaveValue('gpt-4o');
  expect(screen.getByRole('textbox', { name: 'Date of the run' })).toHaveValue(localDate(new Date()));
  await user.click(button);
  await screen.findByText('Stored 0 threads and 3 LLM labels.');

  const [run] = await listLlmRuns(db, study.id);
  expect(run).toMatchObject({
    model: 'gpt-4o',
    name: 'gpt-4o',
    labelCounts: { 'Email & Document Writing': 2, Coding: 1 },
  });
  expect(await getLlmLabelMap(db, study.id, run!.runId)).toEqual(
    new Map([
      ['t1', 'Email & Document Writing'],
      ['t2', 'Coding'],
      ['t3', 'Email & Document Writing'],
    ]),
  );
});

test("the LLM's Other names are stored with the run; a name on another label is a warning naming the row", async () => {
  const user = userEvent.setup();
  renderApp(<ImportPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('radio', { name: /LLM labels for threads already imported/ }));
  const file = ['thread_id,label,other_name', 't1,Other,Badge printing', 't2,Coding,Parking', 't3,Other,'].join('\n');
  await user.upload(screen.getByLabelText(/^File/), new File([file], 'named.csv'));
  expect(await screen.findByRole('combobox', { name: "LLM's Other name" })).toHaveValue('other_name');
  await user.click(screen.getByRole('button', { name: 'Check 3 rows' }));
  const problems = await screen.findByRole('table', { name: 'Problems by row' });
  expect(within(problems).getByText(/Row 3: the Other name "Parking" is left out/)).toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'Import 3 valid LLM labels' }));
  await screen.findByText('Stored 0 threads and 3 LLM labels.');
  const [run] = await listLlmRuns(db, study.id);
  expect((await db.llmLabels.get([study.id, run!.runId]))?.otherNames).toEqual({ t1: 'Badge printing' });
});

test('the run gets the name, note and date the lead types; a date that is not one stops the import until it is fixed', async () => {
  const user = userEvent.setup();
  renderApp(<ImportPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('radio', { name: /LLM labels for threads already imported/ }));
  const file = ['thread_id,label', 't1,Coding', 't2,Coding'].join('\n');
  await user.upload(screen.getByLabelText(/^File/), new File([file], 'prompt-v2.csv'));
  await user.click(await screen.findByRole('button', { name: 'Check 2 rows' }));
  const name = await screen.findByRole('textbox', { name: 'Name of the run' });
  expect(name).toHaveValue('prompt-v2');
  expect(screen.getByRole('textbox', { name: 'Name of the model' })).toHaveValue('LLM');
  await user.clear(name);
  await user.type(name, 'Prompt v2');
  await user.clear(screen.getByRole('textbox', { name: 'Name of the model' }));
  await user.type(screen.getByRole('textbox', { name: 'Name of the model' }), 'gpt-4o-mini');
  await user.type(screen.getByRole('textbox', { name: 'Prompt or note' }), 'Definitions of codebook v2');
  const date = screen.getByRole('textbox', { name: 'Date of the run' });
  await user.clear(date);
  await user.type(date, '2026-02-30');
  await user.click(screen.getByRole('button', { name: 'Import 2 valid LLM labels' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('The date “2026-02-30” is not a date');
  expect(await listLlmRuns(db, study.id)).toEqual([]);

  await user.clear(date);
  await user.type(date, '2026-11-30 14:05');
  await user.click(screen.getByRole('button', { name: 'Import 2 valid LLM labels' }));
  await screen.findByText('Stored 0 threads and 2 LLM labels.');
  const [run] = await listLlmRuns(db, study.id);
  expect(run).toMatchObject({
    name: 'Prompt v2',
    model: 'gpt-4o-mini',
    note: 'Definitions of codebook v2',
    ranAt: '2026-11-30 14:05',
    source: 'prompt-v2.csv',
  });
});
