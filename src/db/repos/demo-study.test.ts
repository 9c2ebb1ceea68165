import { afterEach, beforeEach, expect, test } from 'vitest';
import { freshDatabase } from '../../../tests/support/database';
import { defaultCodebook } from '../../domain/codebook/default-codebook';
import { generateDemoThreads } from '../../domain/demo/generate-threads';
import type { ConcordDatabase } from '../database';
import { isDemoSeeded, seedDemoStudyOnce } from './demo-study';
import { deleteStudy, listStudies } from './studies';

let db: ConcordDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const seed = () =>
  seedDemoStudyOnce(db, {
    name: 'Demo',
    categories: defaultCodebook().categories,
    llmModel: 'gpt-4o',
    makeThreads: () => generateDemoThreads({ count: 50, seed: 3 }),
    now: '2026-01-01T00:00:00Z',
  });

test('the demo study is loaded once, even when asked twice at the same time, and not again once deleted', async () => {
  const [a, b] = await Promise.all([seed(), seed()]);
  expect([a, b].filter(Boolean)).toHaveLength(1);
  const [study] = await listStudies(db);
  expect(study).toMatchObject({ isDemo: true, summary: { threadCount: 50 } });
  await deleteStudy(db, study!.id);
  expect(await seed()).toBeNull();
  expect(await listStudies(db)).toEqual([]);
  expect(await isDemoSeeded(db)).toBe(true);
});
