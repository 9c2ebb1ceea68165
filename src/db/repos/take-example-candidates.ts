import type { ConcordDatabase } from '../database';
import type { CodebookVersion } from '../../domain/codebook/codebook';
import { editCodebook } from '../../domain/codebook/codebook-versions';
import type { ExampleCandidate } from '../../domain/codebook/example-candidate';
import { takeExamples } from '../../domain/codebook/take-examples';
import type { CategoryId, StudyId } from '../../domain/ids';
import { getLatestCodebook, saveCodebookEdit } from './codebooks';
import { listExamplePicks, pickerNames } from './example-picks';

export interface TakeExampleCandidates {
  studyId: StudyId;
  categoryId: CategoryId;
  /** In the order the examples should have. */
  candidateIds: readonly string[];
  now: string;
}

/**
 * Makes the chosen candidates the examples of their category in the next codebook version, by
 * the codebook's own path (`editCodebook`, `saveCodebookEdit`: the draft, or a new version next
 * to a frozen one), and records the choice in the audit log: which version and category, the
 * candidates taken and who had picked each. One transaction: the version and both events, or
 * nothing. Throws when a candidate does not exist, and on `takeExamples`' preconditions.
 */
export async function takeExampleCandidates(
  db: ConcordDatabase,
  input: TakeExampleCandidates,
): Promise<CodebookVersion> {
  const { studyId, categoryId, now } = input;
  const tables = [db.codebooks, db.auditEvents, db.exampleCandidates, db.examplePicks, db.reviewers];
  return db.transaction('rw', tables, async () => {
    const latest = await getLatestCodebook(db, studyId);
    const found = await db.exampleCandidates.bulkGet(
      input.candidateIds.map((id) => [studyId, id] as [StudyId, string]),
    );
    const chosen = found.filter((c): c is ExampleCandidate => c !== undefined);
    if (chosen.length !== found.length)
      throw new Error('A chosen candidate no longer exists, so no example was taken.');
    const categories = takeExamples(latest.categories, categoryId, chosen);
    const before = latest.categories.find((c) => c.id === categoryId)!;
    const saved = await saveCodebookEdit(
      db,
      editCodebook(latest, categories, { usedForLabels: latest.frozen, now }),
      `the examples of ${before.name} taken from its candidates`,
    );
    const picks = await listExamplePicks(db, studyId);
    const names = await pickerNames(db, studyId);
    const pickedBy = (c: ExampleCandidate) => names(picks.filter((p) => p.candidateId === c.candidateId));
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: 'codebook.examples-taken',
      subject: `v${saved.version} ${before.name}`,
      from: before.examples.join(' | ') || null,
      to: chosen.map((c) => c.text).join(' | '),
      why: `candidates ${chosen.map((c) => `${c.candidateId} (picked by ${pickedBy(c)})`).join(', ')}`,
    });
    return saved;
  });
}
