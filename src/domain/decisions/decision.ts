import type { ReviewerId, SampleId, StudyId, ThreadId } from '../ids';

/**
 * How a final label was reached: all reviewers agreed (`unanimous`), the reviewers discussed it
 * together (`consensus`), a named reviewer or lead decided (`adjudicated`), or the lead accepted
 * the majority label (`majority`).
 */
export type DecisionMethod = 'unanimous' | 'consensus' | 'adjudicated' | 'majority';

/** The final (gold) label of a thread in a sample, as the lead recorded it. */
export interface Decision {
  studyId: StudyId;
  sampleId: SampleId;
  threadId: ThreadId;
  finalLabel: string;
  method: DecisionMethod;
  /** The reviewer or lead who adjudicated; required for `adjudicated`, null otherwise. */
  adjudicatorId: ReviewerId | null;
  /**
   * The adjudicator had labeled the thread too (set by `saveDecision` from the ratings). Absent
   * on decisions recorded while an adjudicator had to be someone who had not labeled it: false.
   */
  adjudicatorRated?: boolean;
  /** Why: required for `adjudicated`, optional otherwise. */
  rationale: string | null;
  /** Who recorded the decision (a reviewer id, or "lead"). */
  decidedBy: string;
  decidedAt: string;
  /**
   * Each reviewer's label when the decision was recorded (reviewer id → label). If the labels
   * change afterwards, or one is undone, the decision no longer stands (thread-outcome.ts).
   */
  votes?: Record<string, string>;
}
