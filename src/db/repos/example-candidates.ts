import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { ExampleCandidate } from '../../domain/codebook/example-candidate';
import type { CategoryId, StudyId } from '../../domain/ids';

// Candidates are numbered c1, c2, … within their study: short ids the audit log can name.
const candidateNumber = (id: string) => Number(id.slice(1));

/** Every candidate example of a study, in the order they were added. */
export async function listExampleCandidates(db: ConcordDatabase, studyId: StudyId): Promise<ExampleCandidate[]> {
  const [lo, hi] = studyRange(studyId);
  const candidates = await db.exampleCandidates.where(':id').between(lo, hi, true, true).toArray();
  return candidates.sort((a, b) => candidateNumber(a.candidateId) - candidateNumber(b.candidateId));
}

export interface ExampleCandidatesInput {
  studyId: StudyId;
  candidates: readonly { categoryId: CategoryId; text: string }[];
  /** The file they came from, or 'typed'. */
  source: string;
  now: string;
}

/**
 * Adds candidate examples (a file's or one typed) in one transaction with an audit event. A text
 * its category already has is skipped, so importing a file twice adds nothing; returns how many
 * were added. Candidates are numbered c1, c2, … in their study. Throws when the study does not exist or a text is blank.
 */
export async function addExampleCandidates(db: ConcordDatabase, input: ExampleCandidatesInput): Promise<number> {
  const { studyId, now } = input;
  if (input.candidates.some((c) => c.text.trim() === ''))
    throw new Error('A candidate has no text, so no candidate was added.');
  return db.transaction('rw', [db.studies, db.exampleCandidates, db.auditEvents], async () => {
    if (!(await db.studies.get(studyId)))
      throw new Error(`The study (id ${studyId}) is not in this browser, so no candidate was added.`);
    const stored = await listExampleCandidates(db, studyId);
    const existing = new Set(stored.map((c) => `${c.categoryId}\u0000${c.text}`));
    let last = stored.reduce((n, c) => Math.max(n, candidateNumber(c.candidateId)), 0);
    const added: ExampleCandidate[] = [];
    for (const { categoryId, text } of input.candidates) {
      const key = `${categoryId}\u0000${text.trim()}`;
      if (existing.has(key)) continue;
      existing.add(key);
      last += 1;
      added.push({
        studyId,
        candidateId: `c${last}`,
        categoryId,
        text: text.trim(),
        source: input.source,
        addedAt: now,
      });
    }
    await db.exampleCandidates.bulkAdd(added);
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: 'example-candidates.added',
      subject: input.source,
      from: null,
      to: `${added.length} candidate examples`,
      why: null,
    });
    return added.length;
  });
}
