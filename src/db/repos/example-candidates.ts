import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { ExampleCandidate } from '../../domain/codebook/example-candidate';
import { takenIntoVersion } from '../../domain/codebook/taken-into-version';
import { pickerNames } from './example-picks';
import type { CategoryId, StudyId } from '../../domain/ids';

// Candidates are numbered c1, c2, … within their study: short ids the audit log can name.
const candidateNumber = (id: string) => Number(id.slice(1));
const REMOVED = 'example-candidates.removed';

/** The highest number a candidate of the study has had, removed ones included, so no id is reused. */
async function lastCandidateNumber(db: ConcordDatabase, stored: readonly ExampleCandidate[], studyId: StudyId) {
  const removed = await db.auditEvents
    .where('studyId')
    .equals(studyId)
    .filter((e) => e.action === REMOVED)
    .toArray();
  const ids = [...stored.map((c) => c.candidateId), ...removed.map((e) => e.subject.split(' ')[0]!)];
  return ids.reduce((n, id) => Math.max(n, candidateNumber(id) || 0), 0);
}

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
 * were added. Candidates are numbered c1, c2, … in their study, never reusing a removed one's number. Throws when the study does not exist or a text is blank.
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
    let last = await lastCandidateNumber(db, stored, studyId);
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

export interface ExampleCandidateRemoval {
  studyId: StudyId;
  candidateId: string;
  now: string;
}

/**
 * Removes a candidate example and every reviewer's pick of it, in one transaction with an audit
 * event (`example-candidates.removed`: the candidate and its category, its text, who had picked
 * it). Refused (throws, in words for the lead), changing nothing: a candidate that does not exist,
 * or one a codebook version holds as an example (`takenIntoVersion`), which the audit log names as
 * that version's source.
 */
export async function removeExampleCandidate(db: ConcordDatabase, input: ExampleCandidateRemoval): Promise<void> {
  const { studyId, candidateId, now } = input;
  const tables = [db.exampleCandidates, db.examplePicks, db.codebooks, db.reviewers, db.auditEvents];
  await db.transaction('rw', tables, async () => {
    const candidate = await db.exampleCandidates.get([studyId, candidateId]);
    if (!candidate) throw new Error('That candidate no longer exists; reload the page.');
    const [lo, hi] = studyRange(studyId);
    const versions = await db.codebooks.where(':id').between(lo, hi, true, true).toArray();
    const taken = takenIntoVersion(candidate, versions);
    if (taken !== null)
      throw new Error(
        `“${candidate.text}” is an example of codebook version ${taken}, so it stays: the audit log names it as the source of that example.`,
      );
    const category =
      versions.at(-1)?.categories.find((c) => c.id === candidate.categoryId)?.name ?? candidate.categoryId;
    const picks = await db.examplePicks
      .where(':id')
      .between(lo, hi, true, true)
      .filter((p) => p.candidateId === candidateId)
      .toArray();
    const names = await pickerNames(db, studyId);
    await db.examplePicks.bulkDelete(picks.map((p) => [studyId, p.reviewerId, candidateId]));
    await db.exampleCandidates.delete([studyId, candidateId]);
    await db.auditEvents.add({
      studyId,
      at: now,
      actor: 'lead',
      action: REMOVED,
      subject: `${candidateId} ${category}`,
      from: candidate.text,
      to: null,
      why: `picked by ${names(picks)}`,
    });
  });
}
