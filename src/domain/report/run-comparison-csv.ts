import type { Estimate } from '../agreement/estimate';
import type { ModelComparison } from '../corpus/model-comparison';
import { csvText } from '../exports/csv-text';

export const RUN_COMPARISON_COLUMNS = [
  'statistic',
  'category',
  'run',
  'value',
  'analytic_lower',
  'analytic_upper',
  'bootstrap_lower',
  'bootstrap_upper',
  'items',
] as const;

const number = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

/**
 * The comparison table of two runs as CSV (through the one writer, `csvText`): one row per
 * statistic and run (accuracy, macro_f1, kappa, then f1 per category), the macro-F1 difference
 * (run "<first> minus <second>"), and the exact McNemar test's b, c and p. Values at full
 * precision; an undefined statistic or a missing interval is an empty cell. `runs` are the
 * names shown on the report, in the comparison's order.
 */
export function runComparisonCsv(c: ModelComparison, runs: readonly [string, string]): string {
  const row = (statistic: string, category: string, run: string, e: Estimate) => [
    statistic,
    category,
    run,
    number(e.value),
    number(e.ci?.lower),
    number(e.ci?.upper),
    number(e.bootstrap?.lower),
    number(e.bootstrap?.upper),
    String(c.items),
  ];
  const perRun = (statistic: string, pick: (m: ModelComparison['models'][number]) => Estimate) =>
    c.models.map((m, i) => row(statistic, '', runs[i]!, pick(m)));
  const test = (statistic: string, value: number) => [
    statistic,
    '',
    '',
    String(value),
    '',
    '',
    '',
    '',
    String(c.items),
  ];
  return csvText(RUN_COMPARISON_COLUMNS, [
    ...perRun('accuracy', (m) => m.accuracy),
    ...perRun('macro_f1', (m) => m.macroF1),
    ...perRun('kappa', (m) => m.kappa),
    ...c.categories.flatMap((category, k) =>
      c.models.map((m, i) => row('f1', category, runs[i]!, m.perCategoryF1[k]!)),
    ),
    row('macro_f1_difference', '', `${runs[0]} minus ${runs[1]}`, c.macroF1Difference),
    test('mcnemar_b', c.mcnemar.onlyFirstCorrect),
    test('mcnemar_c', c.mcnemar.onlySecondCorrect),
    test('mcnemar_p', c.mcnemar.p),
  ]);
}
