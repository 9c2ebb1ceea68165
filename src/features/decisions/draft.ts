import { suggestedMethod } from '../../domain/decisions/decision-rules';
import type { ThreadOutcome } from '../../domain/decisions/thread-outcome';
import type { DecisionMethod } from '../../domain/decisions/decision';
import type { DraftState } from './store';

/**
 * What the form shows before the lead touches it: a stored decision as it was recorded (so
 * recording again changes it); otherwise the majority label, if any, and the suggested method.
 */
export function defaultDraft(outcome: ThreadOutcome): DraftState {
  const f = outcome.final;
  if (f?.stored) {
    return {
      threadId: outcome.threadId,
      finalLabel: f.label,
      method: f.method,
      adjudicatorId: f.adjudicatorId,
      rationale: f.rationale ?? '',
      attempts: 0,
    };
  }
  return {
    threadId: outcome.threadId,
    finalLabel: outcome.majorityLabel ?? '',
    method: suggestedMethod(outcome),
    adjudicatorId: null,
    rationale: '',
    attempts: 0,
  };
}

/** The methods a thread allows: "Majority accepted" needs a majority, "Unanimous" a unanimous thread. */
export function allowedMethods(outcome: ThreadOutcome): DecisionMethod[] {
  const methods: DecisionMethod[] = [];
  if (outcome.kind === 'unanimous') methods.push('unanimous');
  if (outcome.kind === 'majority') methods.push('majority');
  methods.push('consensus', 'adjudicated');
  return methods;
}

/**
 * The edit that picking a label makes: a label other than the majority's cannot be "majority
 * accepted" or "unanimous", so the method becomes consensus rather than a problem to fix.
 */
export function pickLabelPatch(draft: DraftState, outcome: ThreadOutcome, label: string): Partial<DraftState> {
  const keepsMethod = !(draft.method === 'majority' || draft.method === 'unanimous') || label === outcome.majorityLabel;
  return keepsMethod ? { finalLabel: label } : { finalLabel: label, method: 'consensus' };
}

/** Choosing "majority accepted" or "unanimous" takes the label that method implies. */
export function methodPatch(outcome: ThreadOutcome, method: DecisionMethod): Partial<DraftState> {
  if ((method === 'majority' || method === 'unanimous') && outcome.majorityLabel)
    return { method, finalLabel: outcome.majorityLabel };
  return { method };
}
