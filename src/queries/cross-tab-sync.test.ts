import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotSample, createPilotStudy, freshDatabase, importTestThreads } from '../../tests/support/database';
import type { ConcordDatabase } from '../db/database';
import { saveRating } from '../db/repos/ratings';
import { asThreadId } from '../domain/ids';
import type { Sample } from '../domain/sampling/sample';
import { REFETCH_DELAY_MS, syncAcrossTabs } from './cross-tab-sync';
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


test('a write to the ratings marks the cached ratings stale (refetched where shown) a little later, not between the write and the next render', async () => {
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
  await new Promise((resolve) => setTimeout(resolve, REFETCH_DELAY_MS + 10));
  expect(client.getQueryState(query.queryKey)?.isInvalidated).toBe(true);
  stop();
});
