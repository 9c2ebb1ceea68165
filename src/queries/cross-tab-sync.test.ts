// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotSample, createPilotStudy, freshDatabase, importTestThreads } from '../../tests/support/database';
import type { ConcordDatabase } from '../db/database';
import { saveRating } from '../db/repos/ratings';
import { asThreadId } from '../domain/ids';
import type { Sample } from '../domain/sampling/sample';
import { syncAcrossTabs } from './cross-tab-sync';
import { setDatabaseForTests } from './database';
import { createQueryClient } from './query-client';
import { ratingQueries } from './rating-queries';

let db: ConcordDatabase;
let sample: Sample;
beforeEach(async () => {
  db = freshDatabase();
  setDatabaseForTests(db);
  const study = await createPilotStudy(db);
  await importTestThreads(db, study.id, ['t1']);
  sample = await createPilotSample(db, study.id);
});
afterEach(async () => { await db.delete(); });

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));

test('a write to the ratings marks the cached ratings stale (refetched where shown) once the next frame is painted, not before', async () => {
  const client = createQueryClient();
  const stop = syncAcrossTabs(client);
  const reviewerId = sample.reviewerIds[0]!;
  const query = ratingQueries.forReviewer(sample.studyId, sample.sampleId, reviewerId);
  await client.fetchQuery(query);
  await saveRating(db, {
    studyId: sample.studyId, sampleId: sample.sampleId, reviewerId, threadId: asThreadId('t1'), codebookVersion: 1,
    label: 'Coding', otherSuggestion: null, note: null, flagged: false, durationMs: 900, updatedAt: '2026-01-03T00:00:00Z',
  });
  expect(client.getQueryState(query.queryKey)?.isInvalidated).toBe(false);
  await nextPaint();
  expect(client.getQueryState(query.queryKey)?.isInvalidated).toBe(true);
  stop();
});
