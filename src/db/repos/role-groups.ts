import type { RoleGroups } from '../../domain/corpus/role-groups';
import type { StudyId } from '../../domain/ids';
import type { ConcordDatabase } from '../database';

/**
 * The lead's mapping of roles to groups for the corpus dashboard: stored on the study record
 * (an unindexed field, so no new schema version) with an audit event (`study.role-groups`, from
 * and to the mapping as JSON), in one transaction.
 */
export async function saveRoleGroups(
  db: ConcordDatabase,
  studyId: StudyId,
  groups: RoleGroups,
  now: string,
): Promise<void> {
  await db.transaction('rw', [db.studies, db.auditEvents], async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`saveRoleGroups: no study ${studyId}`);
    await db.studies.update(studyId, { roleGroups: groups });
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: 'study.role-groups',
      subject: studyId,
      from: study.roleGroups === undefined ? null : JSON.stringify(study.roleGroups),
      to: JSON.stringify(groups),
      why: null,
    });
  });
}
