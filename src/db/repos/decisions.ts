import type { ConcordDatabase } from '../database';
import { prefixRange } from '../database';
import type { ReviewerId, SampleId, StudyId, ThreadId } from '../../domain/ids';
import type { Decision } from '../../domain/decisions/decision';

export async function listDecisionsForSample(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
): Promise<Decision[]> {
  const [lo, hi] = prefixRange(studyId, sampleId);
  return db.decisions.where(':id').between(lo, hi, true, true).toArray();
}

export async function listStudyDecisions(db: ConcordDatabase, studyId: StudyId): Promise<Decision[]> {
  const [lo, hi] = prefixRange(studyId);
  return db.decisions.where(':id').between(lo, hi, true, true).toArray();
}

/** "Label (method, adjudicator)": how a decision reads in the audit log. */
export function describeDecision(d: Decision | undefined): string | null {
  if (!d) return null;
  return `${d.finalLabel} (${d.method}${d.adjudicatorId ? `, adjudicator ${d.adjudicatorId}` : ''})`;
}

/**
 * Records (or changes) the final label of a thread with an audit event (who, when, from, to,
 * why) in one transaction. The repository checks only what keeps the record whole; the rules
 * a lead sees in words are `domain/decisions/decision-rules.ts`. Whether the adjudicator had
 * labeled the thread is read from the ratings in the same transaction, so the record says what
 * was true when it was made whatever the caller passed.
 */
export async function saveDecision(db: ConcordDatabase, decision: Decision): Promise<void> {
  if (!decision.finalLabel) throw new Error('saveDecision: a decision needs a final label');
  if (decision.method === 'adjudicated' && (!decision.adjudicatorId || !decision.rationale?.trim())) {
    throw new Error('saveDecision: an adjudicated decision needs an adjudicator and a rationale');
  }
  await db.transaction('rw', [db.decisions, db.ratings, db.auditEvents], async () => {
    const key: [StudyId, SampleId, ThreadId] = [decision.studyId, decision.sampleId, decision.threadId];
    const adjudicator = decision.adjudicatorId;
    const [before, adjudicatorRating] = await Promise.all([
      db.decisions.get(key),
      adjudicator
        ? db.ratings.get([decision.studyId, decision.sampleId, adjudicator, decision.threadId] as [
            StudyId,
            SampleId,
            ReviewerId,
            ThreadId,
          ])
        : undefined,
    ]);
    const { adjudicatorRated: _, ...rest } = decision;
    await db.decisions.put(adjudicator ? { ...rest, adjudicatorRated: adjudicatorRating !== undefined } : rest);
    await db.auditEvents.add({
      studyId: decision.studyId,
      at: decision.decidedAt,
      actor: decision.decidedBy,
      action: before ? 'decision.changed' : 'decision.made',
      subject: `${decision.sampleId}/${decision.threadId}`,
      from: describeDecision(before),
      to: describeDecision(decision),
      why: decision.rationale,
    });
  });
}

/**
 * Reopens a decided thread: the decision is removed (the thread returns to the queue) and the
 * audit log keeps what it was, who reopened it, when and why.
 */
export async function reopenDecision(
  db: ConcordDatabase,
  key: { studyId: StudyId; sampleId: SampleId; threadId: ThreadId },
  by: { actor: string; at: string; why: string | null },
): Promise<void> {
  await db.transaction('rw', [db.decisions, db.auditEvents], async () => {
    const id: [StudyId, SampleId, ThreadId] = [key.studyId, key.sampleId, key.threadId];
    const before = await db.decisions.get(id);
    if (!before) throw new Error(`reopenDecision: ${key.threadId} has no decision to reopen`);
    await db.decisions.delete(id);
    await db.auditEvents.add({
      studyId: key.studyId,
      at: by.at,
      actor: by.actor,
      action: 'decision.reopened',
      subject: `${key.sampleId}/${key.threadId}`,
      from: describeDecision(before),
      to: null,
      why: by.why,
    });
  });
}

/** Every audit event of a study, oldest first (the log is append-only: `++seq`). */
export async function listAuditEvents(db: ConcordDatabase, studyId: StudyId) {
  return db.auditEvents.where('studyId').equals(studyId).sortBy('seq');
}
