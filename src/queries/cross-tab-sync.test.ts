import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotSample, createPilotStudy, freshDatabase, importTestThreads } from '../../tests/support/database';
import type { ConcordDatabase } from '../db/database';
import { saveRating } from '../db/repos/ratings';
import { asThreadId } from '../domain/ids';
import type { Rating } from '../domain/rating';
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
afterEach(async () => {
  await db.delete();
});

const rating = (label: string): Rating => ({
  studyId: sample.studyId,
  sampleId: sample.sampleId,
  reviewerId: sample.reviewerIds[0]!,
  threadId: asThreadId('t1'),
  codebookVersion: 1,
  label,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 900,
  updatedAt: '2026-01-03T00:00:00Z',
});

test('a write to the ratings marks the cached ratings stale (refetched where shown) a little later, not between the write and the next render', async () => {
  const client = createQueryClient();
  const stop = syncAcrossTabs(client);
  const query = ratingQueries.forReviewer(sample.studyId, sample.sampleId, sample.reviewerIds[0]!);
  await client.fetchQuery(query);
  await saveRating(db, rating('Coding'));
  expect(client.getQueryState(query.queryKey)?.isInvalidated).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, REFETCH_DELAY_MS + 10));
  expect(client.getQueryState(query.queryKey)?.isInvalidated).toBe(true);
  stop();
});

test('that refetch, reading the labels already cached, keeps the cached map, so the workspace does not render again; a change replaces it', async () => {
  const client = createQueryClient();
  const query = ratingQueries.forReviewer(sample.studyId, sample.sampleId, sample.reviewerIds[0]!);
  await saveRating(db, rating('Coding'));
  const cached = await client.fetchQuery(query);
  await client.refetchQueries({ queryKey: query.queryKey });
  expect(client.getQueryData(query.queryKey)).toBe(cached);

  await saveRating(db, rating('Brainstorming'));
  await client.refetchQueries({ queryKey: query.queryKey });
  const changed = client.getQueryData(query.queryKey);
  expect(changed).not.toBe(cached);
  expect(changed?.get(asThreadId('t1'))?.label).toBe('Brainstorming');
});
