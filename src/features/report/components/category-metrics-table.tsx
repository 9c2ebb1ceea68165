import type { Estimate } from '../../../domain/agreement/estimate';
import type { ModelGoldReport } from '../../../domain/agreement/model-gold-report';
import { formatInterval, formatStatistic } from '../../../domain/report/report-format';
import { formatCount } from '../../../domain/format-count';
import type { BootstrapState } from './estimate-row';
import { WideTableScroll } from '../../../ui/wide-table-scroll';

function Value({ e }: { e: Estimate }) {
  if (e.value === null)
    return (
      <td className="py-1 pr-3 font-mono" title={e.reason ?? undefined}>
        undefined
      </td>
    );
  const analytic = formatInterval(e, 'analytic');
  return (
    <td className="py-1 pr-3 font-mono tabular-nums" title={analytic ? `95% CI (Wilson) ${analytic}` : undefined}>
      {formatStatistic(e.value)}
    </td>
  );
}

/** The LLM against the gold labels per category: precision, recall, F1 (with its bootstrap interval), support. */
export function CategoryMetricsTable({ gold, bootstrap }: { gold: ModelGoldReport; bootstrap: BootstrapState }) {
  return (
    <WideTableScroll label="The LLM against the gold labels, per category">
      <table aria-label="The LLM against the gold labels, per category" className="w-full text-left text-sm">
        <caption className="pb-1 text-left text-sm text-slate-700">
          Per category: precision (of the threads the LLM gave this label), recall (of the threads whose gold label it
          is), F1 and support (threads with this gold label)
          <span className="print:hidden">; hover a precision or recall for its Wilson 95% interval</span>. Undefined
          where the LLM never gave the label (precision) or no gold label is in the category (recall). "Few items":
          fewer than 10 threads with this gold label or this LLM label, too few to compare the category with the others.
        </caption>
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-1 pr-3">
              Category
            </th>
            <th scope="col" className="py-1 pr-3">
              Precision
            </th>
            <th scope="col" className="py-1 pr-3">
              Recall
            </th>
            <th scope="col" className="py-1 pr-3">
              F1
            </th>
            <th scope="col" className="py-1 pr-3">
              F1 95% CI (bootstrap)
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Support
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Predicted
            </th>
            <th scope="col" className="py-1">
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {gold.perCategory.map((c) => (
            <tr key={c.category} className="border-t border-slate-200">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {c.category}
              </th>
              <Value e={c.precision} />
              <Value e={c.recall} />
              <Value e={c.f1} />
              <td className="whitespace-nowrap py-1 pr-3 font-mono tabular-nums">
                {bootstrap === 'computing' ? 'computing…' : (formatInterval(c.f1, 'bootstrap') ?? '—')}
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatCount(c.support)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatCount(c.predicted)}</td>
              <td className="py-1 text-xs text-amber-800">{c.fewItems ? 'few items' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </WideTableScroll>
  );
}
