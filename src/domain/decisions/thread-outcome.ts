import type { ReviewerId, ThreadId } from '../ids';
import { reviewersOfThread, type AssignedSample } from '../sampling/threads-of-reviewer';
import type { Decision, DecisionMethod } from './decision';

/**
 * Where a thread of a sample stands once its reviewers have labeled it:
 * - `unanimous`: every reviewer gave the same label;
 * - `majority`: one label has more than half of the reviewers, but not all (2 of 3);
 * - `disagreement`: no label has more than half (3 different labels of 3, or a 2–2 tie);
 * - `incomplete`: a reviewer who labels this thread has not labeled it yet.
 * Only the thread's own reviewers count: all of the sample's, or those it was assigned to in a
 * k-of-n sample (docs/sampling.md).
 */
export type AgreementKind = 'unanimous' | 'majority' | 'disagreement' | 'incomplete';

/** One reviewer's rating as the decision view needs it (their label and what they added). */
export interface ReviewerVote {
  reviewerId: ReviewerId;
  label: string;
  note: string | null;
  flagged: boolean;
  otherSuggestion: string | null;
}

/** The final label of a thread: a stored decision, or the reviewers' unanimous label. */
export interface FinalLabel {
  label: string;
  method: DecisionMethod;
  adjudicatorId: ReviewerId | null;
  /** The adjudicator had labeled the thread too; false when there is no adjudicator. */
  adjudicatorRated: boolean;
  rationale: string | null;
  decidedBy: string;
  /** For a unanimous label without a stored decision: when the last of its ratings was saved. */
  decidedAt: string;
  /** True when a decision is stored; false when the unanimous label became final by itself. */
  stored: boolean;
}

export interface ThreadOutcome {
  threadId: ThreadId;
  kind: AgreementKind;
  /** The reviewers who label this thread, in the sample's reviewer order. */
  reviewerIds: ReviewerId[];
  /** In the sample's reviewer order; reviewers without a label are left out. */
  votes: ReviewerVote[];
  /** The label more than half the reviewers gave (unanimous or majority), else null. */
  majorityLabel: string | null;
  /** Distinct labels given, most votes first, then by name. */
  labels: string[];
  final: FinalLabel | null;
  /**
   * A stored decision that no longer stands: the reviewers' labels changed after it was
   * recorded, or a label was undone. It is not final; the lead decides again.
   */
  staleDecision: Decision | null;
  /** Complete, not yet final: the lead has to decide. */
  needsDecision: boolean;
}

export interface OutcomeRating {
  reviewerId: ReviewerId;
  threadId: ThreadId;
  label: string;
  note: string | null;
  flagged: boolean;
  otherSuggestion: string | null;
  updatedAt: string;
}

export interface OutcomeOptions {
  /** Unanimous threads become final without a stored decision (default true). */
  autoAcceptUnanimous?: boolean;
}

/** Classifies the labels of one thread given how many reviewers the sample has. */
export function agreementKind(
  labels: readonly string[],
  reviewerCount: number,
): { kind: AgreementKind; majorityLabel: string | null } {
  if (labels.length < reviewerCount) return { kind: 'incomplete', majorityLabel: null };
  const counts = countLabels(labels);
  const [top, topCount] = counts[0] ?? ['', 0];
  if (topCount === labels.length) return { kind: 'unanimous', majorityLabel: top };
  if (topCount * 2 > labels.length) return { kind: 'majority', majorityLabel: top };
  return { kind: 'disagreement', majorityLabel: null };
}

function countLabels(labels: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Each reviewer's label, reviewer id → label: what a decision records it was made on. */
export function votesSnapshot(votes: readonly { reviewerId: string; label: string }[]): Record<string, string> {
  return Object.fromEntries(votes.map((v) => [v.reviewerId, v.label]));
}

function sameVotes(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The outcome of every thread of a sample, in the sample's order. A stored decision wins while
 * it stands: it does not once the reviewers' labels differ from those it was made on, or the
 * thread is incomplete again (a label undone); the thread then needs a decision again. Without
 * a decision, a unanimous thread is final (method `unanimous`, decided when its last rating was
 * saved) unless `autoAcceptUnanimous` is false. A thread counts only its own reviewers
 * (`reviewersOfThread`): ratings of anyone else, inside the sample or not, are ignored.
 */
export function sampleOutcomes(
  sample: AssignedSample,
  ratings: readonly OutcomeRating[],
  decisions: readonly Decision[],
  options: OutcomeOptions = {},
): ThreadOutcome[] {
  const autoAccept = options.autoAcceptUnanimous ?? true;
  const order = new Map(sample.reviewerIds.map((id, i) => [id, i]));
  const byThread = new Map<ThreadId, OutcomeRating[]>();
  for (const r of ratings) {
    if (!order.has(r.reviewerId)) continue;
    const list = byThread.get(r.threadId);
    if (list) list.push(r);
    else byThread.set(r.threadId, [r]);
  }
  const decisionOf = new Map(decisions.map((d) => [d.threadId, d]));
  return sample.threadIds.map((threadId) => {
    const reviewerIds = reviewersOfThread(sample, threadId);
    const rs = (byThread.get(threadId) ?? [])
      .filter((r) => reviewerIds.includes(r.reviewerId))
      .sort((a, b) => order.get(a.reviewerId)! - order.get(b.reviewerId)!);
    const { kind, majorityLabel } = agreementKind(
      rs.map((r) => r.label),
      reviewerIds.length,
    );
    const stored = decisionOf.get(threadId);
    const votes = rs.map((r) => ({
      reviewerId: r.reviewerId,
      label: r.label,
      note: r.note,
      flagged: r.flagged,
      otherSuggestion: r.otherSuggestion,
    }));
    const stale =
      stored !== undefined &&
      (kind === 'incomplete' || (stored.votes !== undefined && !sameVotes(stored.votes, votesSnapshot(votes))));
    const decision = stale ? undefined : stored;
    let final: FinalLabel | null = null;
    if (decision) {
      final = {
        label: decision.finalLabel,
        method: decision.method,
        adjudicatorId: decision.adjudicatorId,
        // Before any reviewer could adjudicate, the adjudicator had to be one who had not labeled it.
        adjudicatorRated: decision.adjudicatorId !== null && (decision.adjudicatorRated ?? false),
        rationale: decision.rationale,
        decidedBy: decision.decidedBy,
        decidedAt: decision.decidedAt,
        stored: true,
      };
    } else if (kind === 'unanimous' && autoAccept) {
      const decidedAt = rs.reduce((latest, r) => (r.updatedAt > latest ? r.updatedAt : latest), '');
      final = {
        label: majorityLabel!,
        method: 'unanimous',
        adjudicatorId: null,
        adjudicatorRated: false,
        rationale: null,
        decidedBy: 'automatic',
        decidedAt,
        stored: false,
      };
    }
    return {
      threadId,
      kind,
      reviewerIds,
      votes,
      majorityLabel,
      labels: countLabels(rs.map((r) => r.label)).map(([l]) => l),
      final,
      staleDecision: stale ? stored : null,
      needsDecision: kind !== 'incomplete' && final === null,
    };
  });
}

const SEVERITY: Record<AgreementKind, number> = { disagreement: 0, majority: 1, unanimous: 2, incomplete: 3 };

export interface QueueFilter {
  /** Kinds to show; empty or absent means all. */
  kinds?: readonly AgreementKind[];
  /** Only threads where some reviewer gave this label. */
  category?: string | null;
  /** Include threads that are already final (to reopen or change them). Default false. */
  includeDecided?: boolean;
}

/**
 * The lead's queue, worst first: full disagreements (the most distinct labels first), then
 * majorities, then unanimous threads waiting for a decision; ties keep the sample's order.
 * Incomplete threads are left out unless asked for by kind.
 */
export function decisionQueue(outcomes: readonly ThreadOutcome[], filter: QueueFilter = {}): ThreadOutcome[] {
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  return outcomes
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => (kinds ? kinds.has(o.kind) : o.kind !== 'incomplete'))
    .filter(({ o }) => filter.includeDecided || o.final === null)
    .filter(({ o }) => !filter.category || o.labels.includes(filter.category))
    .sort(
      (a, b) => SEVERITY[a.o.kind] - SEVERITY[b.o.kind] || b.o.labels.length - a.o.labels.length || a.index - b.index,
    )
    .map(({ o }) => o);
}

/**
 * How many threads of each kind, how many final labels by each method, and of the adjudicated
 * ones how many an adjudicator decided who had labeled the thread too.
 */
export function outcomeCounts(outcomes: readonly ThreadOutcome[]): {
  kinds: Record<AgreementKind, number>;
  methods: Record<DecisionMethod, number>;
  adjudicatedByRater: number;
  final: number;
  needsDecision: number;
} {
  const kinds: Record<AgreementKind, number> = { unanimous: 0, majority: 0, disagreement: 0, incomplete: 0 };
  const methods: Record<DecisionMethod, number> = { unanimous: 0, consensus: 0, adjudicated: 0, majority: 0 };
  let final = 0;
  let needsDecision = 0;
  let adjudicatedByRater = 0;
  for (const o of outcomes) {
    kinds[o.kind] += 1;
    if (o.final) {
      final += 1;
      methods[o.final.method] += 1;
    }
    if (o.final?.method === 'adjudicated' && o.final.adjudicatorRated) adjudicatedByRater += 1;
    if (o.needsDecision) needsDecision += 1;
  }
  return { kinds, methods, adjudicatedByRater, final, needsDecision };
}
