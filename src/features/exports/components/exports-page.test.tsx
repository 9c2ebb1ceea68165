// @vitest-environment jsdom
import * as XLSX from '@e965/xlsx';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { saveDecision } from '../../../db/repos/decisions';
import { importThreads } from '../../../db/repos/import-threads';
import { saveRating } from '../../../db/repos/ratings';
import { addReviewer } from '../../../db/repos/reviewers';
import { createSample } from '../../../db/repos/samples';
import { readStudyBackupText } from '../../../domain/backup/read-study-backup';
import { asSampleId, asThreadId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { downloadBlob, downloadText } from '../../../lib/download';
import { ExportsPage } from './exports-page';

vi.mock('../../../lib/download', () => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));

const NOW = '2026-01-02T00:00:00Z';
const LONG = 'y'.repeat(40_000);
let db: ConcordDatabase;
let study: Study;

beforeEach(async () => {
  vi.mocked(downloadBlob).mockClear();
  vi.mocked(downloadText).mockClear();
  db = freshDatabase();
  study = await createPilotStudy(db);
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 'threads.csv',
    now: NOW,
    threads: [
      ['t1', '=cmd', 'Coding'],
      ['t2', LONG, 'Other'],
    ].map(([id, text, label], i) => ({
      threadId: asThreadId(id!),
      turns: [text!],
      userId: 'u',
      department: null,
      role: null,
      createdAt: null,
      llmLabel: label!,
      sourceRow: i + 2,
    })),
  });
  const reviewers = await Promise.all(
    ['Ana', 'Ben'].map((name) =>
      addReviewer(db, { studyId: study.id, name, initials: name[0]!, role: 'reviewer', now: NOW }),
    ),
  );
  const sampleId = asSampleId('s1');
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: [asThreadId('t1'), asThreadId('t2')],
    reviewerIds: reviewers.map((r) => r.reviewerId),
    codebookVersion: 1,
    manifest: {},
  });
  for (const [r, t, label] of [
    [0, 't1', 'Coding'],
    [1, 't1', 'Coding'],
    [0, 't2', 'Coding'],
    [1, 't2', 'Other'],
  ] as const) {
    await saveRating(db, {
      studyId: study.id,
      sampleId,
      reviewerId: reviewers[r]!.reviewerId,
      threadId: asThreadId(t),
      label,
      codebookVersion: 1,
      otherSuggestion: null,
      note: null,
      flagged: false,
      durationMs: 1,
      updatedAt: NOW,
    });
  }
  await saveDecision(db, {
    studyId: study.id,
    sampleId,
    threadId: asThreadId('t2'),
    finalLabel: 'Other',
    method: 'consensus',
    adjudicatorId: null,
    rationale: null,
    decidedBy: 'lead',
    decidedAt: NOW,
  });
});
afterEach(async () => {
  await db.delete();
});

const sampleRegion = async () => screen.findByRole('region', { name: 'Pilot sample' });

test('every export has a button with an accessible name', async () => {
  renderApp(<ExportsPage studyId={study.id} />, { db });
  expect(await screen.findByRole('heading', { name: 'Exports of Pilot' })).toBeInTheDocument();
  const region = await sampleRegion();
  for (const name of [
    'Gold standard as CSV',
    'Gold standard as JSONL',
    'Gold standard as XLSX',
    'Ratings (long format, LLM as rater) CSV',
  ]) {
    expect(within(region).getByRole('button', { name })).toBeEnabled();
  }
  expect(within(region).getByRole('checkbox', { name: 'Include thread text' })).not.toBeChecked();
  expect(screen.getByRole('button', { name: 'Audit log (CSV)' })).toBeEnabled();
  expect(screen.getByRole('button', { name: 'Back up the whole study' })).toBeEnabled();
});

test('the gold standard as CSV: header, one row per thread, formula cells neutralised', async () => {
  const user = userEvent.setup();
  renderApp(<ExportsPage studyId={study.id} />, { db });
  const region = await sampleRegion();
  await user.click(within(region).getByRole('checkbox', { name: 'Include thread text' }));
  await user.click(within(region).getByRole('button', { name: 'Gold standard as CSV' }));
  await within(region).findByText('Saved Pilot-Pilot-sample-gold-with-text.csv');
  const [fileName, csv] = vi.mocked(downloadText).mock.calls[0]!;
  expect(fileName).toBe('Pilot-Pilot-sample-gold-with-text.csv');
  const lines = csv.split('\n');
  expect(lines[0]).toBe(
    '\uFEFFthread_id,final_label,decision_method,status,label_ana,label_ben,llm_label,codebook_version,adjudicator,rationale,decided_by,decided_at,' +
      'note_ana,note_ben,flagged_ana,flagged_ben,other_suggestion_ana,other_suggestion_ben,text',
  );
  expect(lines[1]).toBe(`t1,Coding,unanimous,final,Coding,Coding,Coding,1,,,automatic,${NOW},,,false,false,,,'=cmd`);
  expect(lines[2]).toBe(`t2,Other,consensus,final,Coding,Other,Other,1,,,lead,${NOW},,,false,false,,,${LONG}`);
  expect(within(region).getByText(/2 threads: 2 with a final label/)).toBeInTheDocument();
});

test('the gold standard as XLSX says which texts continue in another column', async () => {
  const user = userEvent.setup();
  renderApp(<ExportsPage studyId={study.id} />, { db });
  const region = await sampleRegion();
  await user.click(within(region).getByRole('checkbox', { name: 'Include thread text' }));
  await user.click(within(region).getByRole('button', { name: 'Gold standard as XLSX' }));
  expect(
    await within(region).findByText(/The text of 1 thread is longer than a spreadsheet cell .* text_2 .*: t2\./),
  ).toBeInTheDocument();
  const [fileName, blob] = vi.mocked(downloadBlob).mock.calls[0]!;
  expect(fileName).toBe('Pilot-Pilot-sample-gold-with-text.xlsx');
  const sheet = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array' }).Sheets['Gold standard']!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  expect(rows[0]!.slice(-2)).toEqual(['text', 'text_2']);
  expect(rows[2]!.slice(-2).join('')).toBe(LONG);
});

test('ratings in long format with the LLM as rater, the audit log and the backup', async () => {
  const user = userEvent.setup();
  renderApp(<ExportsPage studyId={study.id} />, { db });
  const region = await sampleRegion();
  await user.click(within(region).getByRole('button', { name: 'Ratings (long format, LLM as rater) CSV' }));
  await within(region).findByText('Saved Pilot-Pilot-sample-ratings.csv');
  const ratings = vi.mocked(downloadText).mock.calls[0]![1];
  expect(ratings.split('\n').slice(0, 4)).toEqual([
    '\uFEFFitem_id,rater_id,label',
    't1,Ana,Coding',
    't1,Ben,Coding',
    't2,Ana,Coding',
  ]);
  expect(ratings).toContain('t2,LLM,Other');

  await user.click(screen.getByRole('button', { name: 'Audit log (CSV)' }));
  await screen.findByText('Saved Pilot-audit.csv');
  const [auditName, audit] = vi.mocked(downloadText).mock.calls[1]!;
  expect(auditName).toBe('Pilot-audit.csv');
  expect(audit.split('\n')[0]).toBe('\uFEFFseq,at,actor,action,subject,from,to,why');
  expect(audit).toMatch(/,Ana,rating\.created,s1\/t1,,Coding,/);

  await user.click(screen.getByRole('button', { name: 'Back up the whole study' }));
  await screen.findByText(/^Saved Pilot-backup-\d{4}-\d\d-\d\d\.json/);
  const [backupName, blob] = vi.mocked(downloadBlob).mock.calls[0]!;
  expect(backupName).toMatch(/^Pilot-backup-\d{4}-\d\d-\d\d\.json$/);
  const { backup, problems } = readStudyBackupText(await blob.text());
  expect(problems).toEqual([]);
  expect(backup!.study.id).toBe(study.id);
  expect(backup!.tables.threads.find((t) => t.threadId === 't2')!.turns).toEqual([LONG]);
  expect(backup!.tables.ratings).toHaveLength(4);
});

test('anonymise reviewers: every file names Reviewer 1…n, never a reviewer, and the switch stays on', async () => {
  const user = userEvent.setup();
  const { unmount } = renderApp(<ExportsPage studyId={study.id} />, { db });
  const anonymise = await screen.findByRole('checkbox', { name: 'Anonymise reviewers' });
  expect(anonymise).not.toBeChecked();
  await user.click(anonymise);
  await waitFor(() => expect(anonymise).toBeChecked());
  const region = await sampleRegion();
  await user.click(within(region).getByRole('button', { name: 'Gold standard as CSV' }));
  await within(region).findByText('Saved Pilot-Pilot-sample-gold.csv');
  await user.click(within(region).getByRole('button', { name: 'Ratings (long format, LLM as rater) CSV' }));
  await within(region).findByText('Saved Pilot-Pilot-sample-ratings.csv');
  await user.click(screen.getByRole('button', { name: 'Audit log (CSV)' }));
  await screen.findByText('Saved Pilot-audit.csv');
  const [gold, ratings, audit] = vi.mocked(downloadText).mock.calls.map(([, text]) => text);
  expect(gold!.split('\n')[0]).toContain(',label_reviewer_1,label_reviewer_2,');
  expect(ratings).toContain('t1,Reviewer 1,Coding\nt1,Reviewer 2,Coding\n');
  expect(audit).toMatch(/,Reviewer 1,rating\.created,s1\/t1,,Coding,/);
  expect(audit).toContain(',reviewer.added,Reviewer 2,,Reviewer 2 (reviewer),');
  expect(audit).toContain(',study.anonymise-reviewers,');
  for (const text of [gold, ratings, audit]) expect(text).not.toMatch(/Ana|Ben/);

  unmount();
  renderApp(<ExportsPage studyId={study.id} />, { db });
  expect(await screen.findByRole('checkbox', { name: 'Anonymise reviewers' })).toBeChecked();
});
