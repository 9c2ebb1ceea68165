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
  expect(screen.getByRole('textbox', { name: /Name of the model/ })).toHaveValue('gpt-4o');
  await user.click(button);
  await screen.findByText('Stored 0 threads and 3 LLM labels.');

  const [run] = await listLlmRuns(db, study.id);
  expect(run).toMatchObject({ model: 'gpt-4o', labelCounts: { 'Email & Document Writing': 2, Coding: 1 } });
  expect(await getLlmLabelMap(db, study.id, run!.runId)).toEqual(
    new Map([
      ['t1', 'Email & Document Writing'],
      ['t2', 'Coding'],
      ['t3', 'Email & Document Writing'],
    ]),
  );
});
