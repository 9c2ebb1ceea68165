import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { StudyId } from '../../domain/ids';
import type { CodebookVersion } from '../../domain/codebook/codebook';

/** The newest codebook version of a study (every study is created with version 1). */
export async function getLatestCodebook(db: ConcordDatabase, studyId: StudyId): Promise<CodebookVersion> {
  const [lo, hi] = studyRange(studyId);
  const latest = await db.codebooks.where(':id').between(lo, hi, true, true).last();
  if (!latest) throw new Error(`getLatestCodebook: study ${studyId} has no codebook`);
  return latest;
}

export async function getCodebookVersion(
  db: ConcordDatabase,
  studyId: StudyId,
  version: number,
): Promise<CodebookVersion> {
  const found = await db.codebooks.get([studyId, version]);
  if (!found) throw new Error(`getCodebookVersion: study ${studyId} has no codebook version ${version}`);
  return found;
}

export async function listCodebookVersions(db: ConcordDatabase, studyId: StudyId): Promise<CodebookVersion[]> {
  const [lo, hi] = studyRange(studyId);
  return db.codebooks.where(':id').between(lo, hi, true, true).toArray();
}

/**
 * Stores an edit of the codebook as `editCodebook` decided: over the latest draft, or as a new
 * version next to a frozen one. One transaction with an audit event; a version that is frozen
 * is never overwritten.
 */
export async function saveCodebookEdit(
  db: ConcordDatabase,
  edit: { kind: 'in-place' | 'new-version'; version: CodebookVersion },
  why: string,
): Promise<CodebookVersion> {
  const { studyId, version } = edit.version;
  await db.transaction('rw', [db.codebooks, db.auditEvents], async () => {
    const existing = await db.codebooks.get([studyId, version]);
    if (edit.kind === 'in-place' && existing?.frozen) {
      throw new Error(
        `saveCodebookEdit: codebook version ${version} is frozen (it has been used to label); edits make a new version`,
      );
    }
    if (edit.kind === 'new-version' && existing)
      throw new Error(`saveCodebookEdit: codebook version ${version} already exists`);
    if (edit.kind === 'new-version') {
      await db.codebooks.where(':id').between([studyId, 0], [studyId, version], true, false).modify({ frozen: true });
    }
    await db.codebooks.put(edit.version);
    await db.auditEvents.add({
      studyId,
      at: edit.version.createdAt,
      actor: 'lead',
      action: edit.kind === 'new-version' ? 'codebook.versioned' : 'codebook.edited',
      subject: `v${version}`,
      from: null,
      to: `${edit.version.categories.length} categories`,
      why,
    });
  });
  return edit.version;
}
