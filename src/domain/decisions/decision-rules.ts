import type { DecisionMethod } from './decision';
import type { ThreadOutcome } from './thread-outcome';

/** What the lead fills in to record a final label. */
export interface DecisionDraft {
  finalLabel: string;
  method: Exclude<DecisionMethod, 'unanimous'> | 'unanimous';
  adjudicatorId: string | null;
  rationale: string | null;
}

/**
 * The problems that keep a decision from being recorded, in words for the lead; empty when it
 * can be recorded. Rules: the label is a category of the codebook; an adjudicated decision
 * names its adjudicator (any reviewer or lead of the study, whether they labeled the thread or
 * not: with three reviewers each labeling every thread there is no one else) and gives a rationale; "majority accepted" takes the majority label of a
 * thread that has one; "unanimous" only for a unanimous thread and its label; no decision on an
 * incomplete thread.
 */
export function decisionProblems(
  draft: DecisionDraft,
  outcome: ThreadOutcome,
  categories: readonly string[],
): string[] {
  const problems: string[] = [];
  if (outcome.kind === 'incomplete') problems.push('Not every reviewer has labeled this thread yet.');
  if (!draft.finalLabel) problems.push('Choose the final label.');
  else if (!categories.includes(draft.finalLabel))
    problems.push(`"${draft.finalLabel}" is not a category of the codebook.`);
  const rationale = draft.rationale?.trim() ?? '';
  if (draft.method === 'adjudicated') {
    if (!draft.adjudicatorId) problems.push('Name the reviewer who adjudicated.');
    if (!rationale) problems.push('An adjudicated decision needs a rationale.');
  }
  if (draft.method === 'majority') {
    if (outcome.majorityLabel === null || outcome.kind === 'unanimous')
      problems.push('This thread has no majority label to accept.');
    else if (draft.finalLabel && draft.finalLabel !== outcome.majorityLabel) {
      problems.push(`"Majority accepted" takes the majority label, "${outcome.majorityLabel}".`);
    }
  }
  if (draft.method === 'unanimous') {
    if (outcome.kind !== 'unanimous') problems.push('The reviewers did not all give the same label.');
    else if (draft.finalLabel && draft.finalLabel !== outcome.majorityLabel)
      problems.push(`The unanimous label is "${outcome.majorityLabel}".`);
  }
  return problems;
}

/** The method a decision view proposes first for a thread. */
export function suggestedMethod(outcome: ThreadOutcome): DecisionDraft['method'] {
  if (outcome.kind === 'unanimous') return 'unanimous';
  if (outcome.kind === 'majority') return 'majority';
  return 'consensus';
}

export const METHOD_NAMES: Record<DecisionMethod, string> = {
  unanimous: 'Unanimous',
  consensus: 'Consensus (discussed together)',
  adjudicated: 'Adjudicated (a named reviewer decided)',
  majority: 'Majority accepted',
};
