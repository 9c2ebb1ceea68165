// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  createPilotSample,
  createPilotStudy,
  freshDatabase,
  importTestThreads,
  saveTestRating,
} from '../../../../tests/support/database';
import { renderApp } from '../../../../tests/support/render-app';
import type { ConcordDatabase } from '../../../db/database';
import { setAnonymiseReviewers } from '../../../db/repos/studies';
import { parseRatingsCsv } from '../../../domain/agreement/ratings-csv';
import { asThreadId } from '../../../domain/ids';
import type { Sample } from '../../../domain/sampling/sample';
import type { Study } from '../../../domain/study';
import { SampleAgreement } from './sample-agreement';

let db: ConcordDatabase;
let study: Study;
let sample: Sample;

beforeEach(async () => {
  db = freshDatabase();
  study = await createPilotStudy(db);
  await importTestThreads(db, study.id, ['t1']);
  sample = await createPilotSample(db, study.id);
  for (const reviewerId of sample.reviewerIds) {
    await saveTestRating(db, {
      studyId: study.id,
      sampleId: sample.sampleId,
      reviewerId,
      threadId: asThreadId('t1'),
      label: 'Coding',
    });
  }
});
afterEach(async () => {
  await db.delete();
});

function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:download-${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return blobs;
}

async function exportedRaters(): Promise<string[]> {
  const blobs = captureDownloads();
  const user = userEvent.setup();
  renderApp(<SampleAgreement sample={sample} />, { db });
  await user.click(screen.getByText('Agreement so far'));
  await user.click(screen.getByRole('button', { name: 'Export ratings (CSV)' }));
  await vi.waitFor(() => expect(blobs).toHaveLength(1));
  return [...new Set(parseRatingsCsv(await blobs[0]!.text()).rows.map((r) => r.raterId))];
}

test("the sample's ratings export names the reviewers", async () => {
  expect(await exportedRaters()).toEqual(['Ana', 'Ben']);
});

test('when the study anonymises its reviewers, the export and the agreement table show Reviewer 1…n', async () => {
  await setAnonymiseReviewers(db, study.id, true, '2026-01-04T00:00:00Z');
  expect(await exportedRaters()).toEqual(['Reviewer 1', 'Reviewer 2']);
  expect(await screen.findByText(/reviewers Reviewer 1, Reviewer 2\./)).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/\b(Ana|Ben)\b/);
});

test('closed, the panel reads no rating; opened, it computes the agreement', async () => {
  let read = 0;
  const counting = <T,>(row: T) => {
    read += 1;
    return row;
  };
  db.ratings.hook('reading', counting);
  const user = userEvent.setup();
  renderApp(<SampleAgreement sample={sample} />, { db });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(read).toBe(0);
  await user.click(screen.getByText('Agreement so far'));
  expect(await screen.findByText(/1 threads, reviewers Ana, Ben\./)).toBeInTheDocument();
  expect(read).toBeGreaterThan(0);
  db.ratings.hook('reading').unsubscribe(counting);
});
