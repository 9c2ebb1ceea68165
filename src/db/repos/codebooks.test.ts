import { afterEach, beforeEach, expect, test } from 'vitest';
import { editCodebook } from '../../domain/codebook/codebook-versions';
import { getLatestCodebook, listCodebookVersions, saveCodebookEdit } from './codebooks';
import { db, deletePilotStudy, seedPilotStudy, study } from '../../../tests/support/pilot-study';

beforeEach(seedPilotStudy);
afterEach(deletePilotStudy);

test('a draft is edited in place; once used, an edit makes version 2 and freezes version 1', async () => {
  const v1 = await getLatestCodebook(db, study.id);
  const renamed = v1.categories.map((c, i) => (i === 0 ? { ...c, definition: 'Emails and documents.' } : c));
  await saveCodebookEdit(db, editCodebook(v1, renamed, { usedForLabels: false, now: '2026-01-02T00:00:00Z' }), 'tidy');
  expect((await listCodebookVersions(db, study.id)).map((v) => v.version)).toEqual([1]);

  const draft = await getLatestCodebook(db, study.id);
  await saveCodebookEdit(
    db,
    editCodebook(draft, draft.categories.slice(1), { usedForLabels: true, now: '2026-01-03T00:00:00Z' }),
    'drop one',
  );
  const versions = await listCodebookVersions(db, study.id);
  expect(versions.map((v) => [v.version, v.frozen, v.categories.length])).toEqual([
    [1, true, 11],
    [2, false, 10],
  ]);
  await expect(saveCodebookEdit(db, { kind: 'in-place', version: versions[0]! }, 'overwrite')).rejects.toThrow(
    /frozen/,
  );
});
