import { accuracySampleSize, kappaSampleSize, type SampleSizePlan } from '../../domain/corpus/sample-size';
import type { SampleSizeInputs } from '../../queries/sample-size-queries';

/** One statistic of "How many to label": its plan, or why there is none. */
export interface SampleSizeRow {
  statistic: string;
  /** What an item of this statistic is, for "245 gold threads". */
  unit: { one: string; many: string };
  plan: SampleSizePlan | null;
  /** Why there is no plan (no LLM labels, a target out of range, no thread labeled by every reviewer). */
  problem: string | null;
}

const ACCURACY_UNIT = { one: 'gold thread', many: 'gold threads' };
const KAPPA_UNIT = { one: 'thread labeled by every reviewer', many: 'threads labeled by every reviewer' };
const NOTHING_LABELED =
  'nothing is labeled yet: its standard error, and so the threads it needs, is known once threads are labeled by every reviewer';

/**
 * The LLM's accuracy against gold (Wilson) and Fleiss' kappa among the reviewers (z·SE), each
 * planned for the target half-width the lead typed. Before any gold label the accuracy is planned
 * at 0.5 (the domain's widest case); the kappa needs threads labeled by every reviewer first.
 */
export function sampleSizePlans(
  inputs: SampleSizeInputs,
  targets: { accuracy: string; kappa: string },
): SampleSizeRow[] {
  const accuracyTarget = Number(targets.accuracy);
  const kappaTarget = Number(targets.kappa);
  const accuracy: SampleSizeRow = {
    statistic: "The LLM's accuracy against the gold labels",
    unit: ACCURACY_UNIT,
    plan: null,
    problem: null,
  };
  if (inputs.accuracy === null) accuracy.problem = 'the study has no LLM labels to compare with the gold labels';
  else if (!(accuracyTarget > 0 && accuracyTarget < 0.5))
    accuracy.problem = 'the target must be more than 0 and less than 0.5';
  else accuracy.plan = accuracySampleSize(inputs.accuracy.correct, inputs.accuracy.items, accuracyTarget);

  const kappa: SampleSizeRow = {
    statistic: "Fleiss' kappa among the reviewers",
    unit: KAPPA_UNIT,
    plan: null,
    problem: null,
  };
  const { items, se, reason } = inputs.kappa;
  if (!(kappaTarget > 0 && Number.isFinite(kappaTarget))) kappa.problem = 'the target must be a number more than 0';
  else if (inputs.labeledSamples === 0) kappa.problem = NOTHING_LABELED;
  else if (items === 0) kappa.problem = reason ?? 'no thread is labeled by every reviewer yet';
  else kappa.plan = kappaSampleSize(se, items, kappaTarget, reason ?? undefined);
  if (kappa.plan?.requiredItems === null) kappa.problem = kappa.plan.reason;
  return [accuracy, kappa];
}
