import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPilotStudy, freshDatabase } from '../../../tests/support/database';
import type { StudyId } from '../../domain/ids';
import type { ConcordDatabase } from '../database';
import { listAuditEvents } from './decisions';
import { saveRoleGroups } from './role-groups';
import { getStudy } from './studies';

let db: ConcordDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

test('role groups are stored on the study with an audit event saying what they were and became', async () => {
  const study = await createPilotStudy(db);
  const first = { Nurse: { clinical: 'clinician', soc: '29' } };
  await saveRoleGroups(db, study.id, first, '2026-02-01T00:00:00Z');
  await saveRoleGroups(
    db,
    study.id,
    { ...first, Scheduler: { clinical: 'non-clinician', soc: '43' } },
    '2026-02-02T00:00:00Z',
  );
  expect((await getStudy(db, study.id))!.roleGroups).toEqual({
    ...first,
    Scheduler: { clinical: 'non-clinician', soc: '43' },
  });
  const events = (await listAuditEvents(db, study.id)).filter((e) => e.action === 'study.role-groups');
  expect(events.map((e) => [e.from, e.at])).toEqual([
    [null, '2026-02-01T00:00:00Z'],
    [JSON.stringify(first), '2026-02-02T00:00:00Z'],
  ]);
});

test('an unknown study is refused and nothing is logged', async () => {
  await expect(saveRoleGroups(db, 'nope' as StudyId, {}, '2026-02-01T00:00:00Z')).rejects.toThrow(
    'saveRoleGroups: no study nope',
  );
});
