import type { ModelComparison } from '../../../domain/corpus/model-comparison';
import { formatCount } from '../../../domain/format-count';
import { formatInterval, formatPValue, formatStatistic } from '../../../domain/report/report-format';
import { WideTableScroll } from '../../../ui/wide-table-scroll';
import type { StatisticRow } from './estimate-row';
import { StatisticsTable } from './statistics-table';

function comparisonRows(c: ModelComparison, names: readonly [string, string]): StatisticRow[] {
  const both = (
    statistic: string,
    pick: (m: ModelComparison['models'][number]) => StatisticRow['estimate'],
    reading = false,
  ) => c.models.map((m, i) => ({ name: `${statistic}, ${names[i]}`, estimate: pick(m), items: c.items, reading }));
  return [
    ...both('Accuracy', (m) => m.accuracy),
    ...both('Macro F1', (m) => m.macroF1),
    ...both("Cohen's kappa against gold", (m) => m.kappa, true),
    {
      name: `Macro F1 difference (${names[0]} minus ${names[1]})`,
      estimate: c.macroF1Difference,
      items: c.items,
      reading: false,
    },
  ];
}

const cell = 'whitespace-nowrap py-1 pr-3 font-mono tabular-nums';

/** The two runs against the same gold labels: their statistics, F1 per category and the exact McNemar test. */
export function RunComparisonTables({
  comparison: c,
  names,
}: {
  comparison: ModelComparison;
  names: readonly [string, string];
}) {
  const { onlyFirstCorrect: b, onlySecondCorrect: cc, p } = c.mcnemar;
  return (
    <>
      <StatisticsTable
        label="The two runs against the gold labels"
        bootstrap="done"
        rows={comparisonRows(c, names)}
        caption={
          <>
            Both runs on the {formatCount(c.items)} threads with a final (gold) label that both labeled. Accuracy has a
            Wilson interval, kappa a Wald interval; every statistic a bootstrap interval from the same resamples for
            both runs (paired).
          </>
        }
      />
      <WideTableScroll label="F1 per category of the two runs">
        <table aria-label="F1 per category of the two runs" className="w-full text-left text-sm">
          <thead>
            <tr className="text-xs uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-1 pr-3">
                Category
              </th>
              {names.map((n) => (
                <th key={`f1-${n}`} scope="col" className="py-1 pr-3">
                  F1, {n}
                </th>
              ))}
              {names.map((n) => (
                <th key={`ci-${n}`} scope="col" className="py-1 pr-3">
                  95% CI (bootstrap), {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.categories.map((category, k) => {
              const f1 = c.models.map((m) => m.perCategoryF1[k]!);
              return (
                <tr key={category} className="border-t border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {category}
                  </th>
                  {f1.map((e, i) => (
                    <td key={`f1-${i}`} className={cell}>
                      {e.value === null ? 'undefined' : formatStatistic(e.value)}
                    </td>
                  ))}
                  {f1.map((e, i) => (
                    <td key={`ci-${i}`} className={cell}>
                      {formatInterval(e, 'bootstrap') ?? '—'}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </WideTableScroll>
      <table aria-label="Exact McNemar test" className="text-left text-sm">
        <caption className="pb-1 text-left text-sm text-slate-700">
          Exact McNemar test on the same threads: p = min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2); p = 1 when b
          + c = 0.
        </caption>
        <tbody>
          {[
            [`b (only ${names[0]} correct)`, formatCount(b)],
            [`c (only ${names[1]} correct)`, formatCount(cc)],
            ['p (two-sided)', formatPValue(p)],
          ].map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {name}
              </th>
              <td className={cell}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
