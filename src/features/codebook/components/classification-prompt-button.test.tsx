// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../../tests/support/render-app';
import { saveRating } from '../../../db/repos/ratings';
import { asReviewerId, asSampleId, asThreadId } from '../../../domain/ids';
import { CodebookPage } from './codebook-page';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(async () => {
  vi.restoreAllMocks();
  await deletePilotStudy();
});

/** What the page downloads, with the file names: jsdom has no object URLs. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:download-${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.at(-1)! });
  });
  return files;
}

test('the classification prompt is built from the current version: an edit that makes version 2 is in it', async () => {
  // A label freezes version 1, so the edit below is saved as version 2.
  await saveRating(db, {
    studyId: study.id,
    sampleId: asSampleId('s'),
    reviewerId: asReviewerId('r1'),
    threadId: asThreadId('t1'),
    label: 'Coding',
    codebookVersion: 1,
    otherSuggestion: null,
    note: null,
    flagged: false,
    durationMs: 1,
    updatedAt: '2026-01-02T00:00:00Z',
  });
  const files = captureDownloads();
  const user = userEvent.setup();
  renderApp(<CodebookPage studyId={study.id} />, { db });
  await user.click(await screen.findByRole('button', { name: 'Coding' }));
  const definition = await screen.findByRole('textbox', { name: 'Definition of Coding' });
  await user.clear(definition);
  await user.type(definition, 'Writing or fixing code, formulas and macros.');
  await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
  await screen.findByRole('heading', { name: /^Version 2 \(draft\)/ });

  const button = screen.getByRole('button', { name: 'Export classification prompt' });
  expect(button).toHaveAccessibleDescription(
    /answer format \(thread_id,label,other_name\), which the LLM labels import reads/,
  );
  await user.click(button);
  expect(files.map((f) => [f.name, f.blob.type])).toEqual([
    ['classification-prompt-v2.txt', 'text/plain;charset=utf-8'],
  ]);
  const text = await files[0]!.blob.text();
  expect(text).toMatch(/^Classify each conversation thread .*\(codebook version 2\)\./);
  expect(text).toContain('Category: Coding\nKey: 8\n');
  expect(text).toContain('Definition: Writing or fixing code, formulas and macros.\n');
  expect(text).toContain('If no category fits, answer Other and suggest a short name');
  expect(text).toContain('\nthread_id,label,other_name\n');
});
