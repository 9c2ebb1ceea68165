// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { freshDatabase } from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import { asReviewerId, asStudyId, asThreadId } from '../../../domain/ids';
import type { ImportLabelsInput, LabelsImportResult } from '../../../queries/packet-queries';
import { ImportLabelsFiles } from './import-labels-files';

// The core helper's module (t10-core) verifies and merges; this screen sends files and shows results.
const merge = vi.hoisted(() => vi.fn<(input: ImportLabelsInput) => Promise<LabelsImportResult[]>>());
vi.mock('../../../queries/packet-queries', async () => {
  const { useMutation } = await import('@tanstack/react-query');
  return { useImportLabelsFiles: () => useMutation({ mutationFn: merge }) };
});

const file = (name: string) => new File([new Uint8Array([1, 2, 3])], name);
const ada = asReviewerId('r-ada');
const conflict = {
  threadId: asThreadId('t7'),
  reviewerId: ada,
  local: { label: 'Coding', updatedAt: '2026-12-01T10:00:00Z' },
  incoming: { label: 'Brainstorming', updatedAt: '2026-12-02T10:00:00Z' },
};
const result = (over: Partial<LabelsImportResult>): LabelsImportResult => ({
  fileName: 'x',
  status: 'merged',
  added: 0,
  changed: 0,
  conflicts: [],
  ...over,
});

beforeEach(() => merge.mockReset());

test('several files at once: one line per file, refusals with the reason, then the lead resolves each conflict and merges', async () => {
  const user = userEvent.setup();
  merge.mockResolvedValueOnce([
    result({ fileName: 'ada-1.age', reviewerName: 'Ada', sampleName: 'Pilot', added: 120 }),
    result({ fileName: 'ada-1-again.age', status: 'unchanged', reviewerName: 'Ada', sampleName: 'Pilot' }),
    result({ fileName: 'notes.txt', status: 'refused', reason: 'This file is not an age file.' }),
    result({
      fileName: 'ada-2.age',
      status: 'conflicts',
      reviewerName: 'Ada',
      sampleName: 'Pilot',
      conflicts: [conflict],
    }),
  ]);
  merge.mockResolvedValueOnce([
    result({ fileName: 'ada-2.age', reviewerName: 'Ada', sampleName: 'Pilot', added: 60, changed: 1 }),
  ]);
  renderApp(<ImportLabelsFiles studyId={asStudyId('st')} />, { db: freshDatabase() });

  const files = ['ada-1.age', 'ada-1-again.age', 'notes.txt', 'ada-2.age'].map(file);
  await user.upload(screen.getByLabelText('Labels files'), files);
  const lines = await screen.findByRole('list', { name: 'Labels files imported' });
  expect(
    within(lines)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'ada-1.age (Ada, Pilot): Merged (120 added, 0 changed)',
    'ada-1-again.age (Ada, Pilot): Already imported: nothing changed',
    'notes.txt: Refused: nothing stored. This file is not an age file.',
    'ada-2.age (Ada, Pilot): Conflicts to choose: nothing stored yet',
  ]);

  const conflicts = screen.getByRole('form', { name: 'Label conflicts' });
  const merge2 = within(conflicts).getByRole('button', { name: 'Merge with these choices' });
  expect(merge2).toBeDisabled();
  await user.click(within(conflicts).getByRole('radio', { name: /Take the file's Brainstorming/ }));
  await user.click(merge2);
  expect(merge.mock.lastCall![0]).toEqual({
    files: [files[3]],
    resolutions: [{ threadId: 't7', reviewerId: ada, keep: 'incoming' }],
  });
  expect(await screen.findByText('ada-2.age (Ada, Pilot): Merged (60 added, 1 changed)')).toBeInTheDocument();
  expect(screen.getByText('notes.txt: Refused: nothing stored. This file is not an age file.')).toBeInTheDocument();
  expect(screen.queryByRole('form', { name: 'Label conflicts' })).not.toBeInTheDocument();
});

test('files dropped on the area are imported like chosen ones', async () => {
  merge.mockResolvedValueOnce([result({ fileName: 'ben.age', reviewerName: 'Ben', sampleName: 'Pilot', added: 3 })]);
  renderApp(<ImportLabelsFiles studyId={asStudyId('st')} />, { db: freshDatabase() });
  const dropped = file('ben.age');
  fireEvent.drop(screen.getByText(/drop them here/).parentElement!, { dataTransfer: { files: [dropped] } });
  expect(await screen.findByText('ben.age (Ben, Pilot): Merged (3 added, 0 changed)')).toBeInTheDocument();
  expect(merge.mock.calls[0]![0]).toEqual({ files: [dropped] });
});
