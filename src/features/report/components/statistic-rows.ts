import type { AgreementReport } from '../../../domain/agreement/agreement-report';
import type { ModelGoldReport } from '../../../domain/agreement/model-gold-report';
import { formatCount } from '../../../domain/format-count';
import type { StatisticRow } from './estimate-row';

/** Agreement among the reviewers: the rows of the main statistics table. */
export function agreementRows(report: AgreementReport): StatisticRow[] {
  return [
    {
      name: 'Percent agreement',
      estimate: report.percentAgreement,
      items: report.percentAgreement.items,
      reading: false,
    },
    { name: 'Mean pairwise agreement', estimate: report.meanPairwiseAgreement, items: null, reading: false },
    { name: "Fleiss' kappa", estimate: report.fleiss, items: report.fleiss.items, reading: true },
    { name: "Krippendorff's alpha", estimate: report.krippendorff, items: report.krippendorff.items, reading: true },
    ...report.cohen.map((c) => ({
      name: `Cohen's kappa, ${c.a} – ${c.b}`,
      estimate: c,
      items: c.items,
      reading: true,
    })),
  ];
}

/** Fleiss' kappa of each category against the rest. */
export function categoryAgreementRows(report: AgreementReport): StatisticRow[] {
  return report.fleiss.perCategory.map((c) => ({
    name: c.category,
    estimate: c,
    items: c.items,
    reading: true,
    ...(c.fewItems ? { fewItems: `few items (used on ${formatCount(c.usedOn)})` } : {}),
  }));
}

/** Cohen's kappa of the LLM against each reviewer. */
export function llmReviewerRows(report: AgreementReport): StatisticRow[] {
  const model = report.model;
  if (model === null) return [];
  return model.cohen.map((c) => {
    const reviewer = c.a === model.rater ? c.b : c.a;
    return { name: `Cohen's kappa, ${model.rater} – ${reviewer}`, estimate: c, items: c.items, reading: true };
  });
}

/** The LLM against the gold labels: accuracy, macro and weighted F1. */
export function goldRows(gold: ModelGoldReport): StatisticRow[] {
  return [
    { name: 'Accuracy', estimate: gold.accuracy, items: gold.items, reading: false },
    { name: 'Macro F1', estimate: gold.macroF1, items: gold.items, reading: false },
    { name: 'Weighted F1', estimate: gold.weightedF1, items: gold.items, reading: false },
  ];
}
