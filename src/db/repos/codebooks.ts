import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { StudyId } from '../../domain/ids';
import type { CodebookVersion } from '../../domain/study';

/** The newest codebook version of a study (every study is created with version 1). */
export async function getLatestCodebook(db: ConcordDatabase, studyId: StudyId): Promise<CodebookVersion> {
  const [lo, hi] = studyRange(studyId);
  const latest = await db.codebooks.where(':id').between(lo, hi, true, true).last();
  if (!latest) throw new Error(`getLatestCodebook: study ${studyId} has no codebook`);
  return latest;
}

export async function getCodebookVersion(db: ConcordDatabase, studyId: StudyId, version: number): Promise<CodebookVersion> {
  const found = await db.codebooks.get([studyId, version]);
  if (!found) throw new Error(`getCodebookVersion: study ${studyId} has no codebook version ${version}`);
  return found;
}
