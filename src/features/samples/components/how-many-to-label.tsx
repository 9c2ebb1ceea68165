import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { formatCount, plural } from '../../../domain/format-count';
import type { StudyId } from '../../../domain/ids';
import { sampleSizeQueries } from '../../../queries/sample-size-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { WideTableScroll } from '../../../ui/wide-table-scroll';
import { sampleSizePlans, type SampleSizeRow } from '../sample-size-plans';

const field = 'w-20 rounded border border-slate-300 bg-white px-2 py-1';
const halfWidth = (x: number) => `±${x.toFixed(3)}`;
// Enter in a target must not draw the sample: the targets sit inside the draw form.
const keepEnter = (e: KeyboardEvent) => {
  if (e.key === 'Enter') e.preventDefault();
};

interface Props {
  studyId: StudyId;
  targets: { accuracy: string; kappa: string };
  onTargets: (targets: { accuracy?: string; kappa?: string }) => void;
  onUseSize: (size: number) => void;
}

/**
 * For the report's headline statistics over the samples labeled so far: the 95% interval's
 * half-width now, the threads that reach the lead's target half-width, and how many more that is.
 * Computed only while open: it runs the whole report on the page, and while labels replicate in
 * each merge would run it again (seconds at 50 reviewers, bench/sync-bench.ts).
 */
export function HowManyToLabel({ studyId, targets, onTargets, onUseSize }: Props) {
  const [open, setOpen] = useState(false);
  const inputs = useQuery({ ...sampleSizeQueries.inputs(studyId), enabled: open });
  const rows = inputs.data ? sampleSizePlans(inputs.data, targets) : [];
  const targetOf = [
    {
      label: "Target half-width for the LLM's accuracy",
      value: targets.accuracy,
      set: (accuracy: string) => onTargets({ accuracy }),
    },
    {
      label: "Target half-width for Fleiss' kappa",
      value: targets.kappa,
      set: (kappa: string) => onTargets({ kappa }),
    },
  ];
  return (
    <details className="space-y-2" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id="how-many-heading" className="cursor-pointer font-medium">
        How many to label
      </summary>
      {inputs.isPending && <p role="status">Reading the samples labeled so far…</p>}
      {inputs.error && (
        <Alert tone="error" title="The sample sizes could not be computed">
          {errorMessage(inputs.error)}
        </Alert>
      )}
      {inputs.data && (
        <p>
          {inputs.data.labeledSamples === 0
            ? "Nothing is labeled yet, so these are plans: the LLM's accuracy is planned at 0.5 (the widest case)."
            : `From the ${plural(inputs.data.labeledSamples, 'labeled sample')} so far, as the report computes them.`}
        </p>
      )}
      {rows.length > 0 && (
        <WideTableScroll label="How many to label">
          <table aria-labelledby="how-many-heading" className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">Statistic</th>
                <th scope="col">95% half-width now</th>
                <th scope="col">Target ±</th>
                <th scope="col">Threads needed</th>
                <th scope="col">More than now</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.statistic} className="border-t border-slate-100 align-top">
                  <th scope="row" className="font-normal">
                    {row.statistic}
                  </th>
                  <td>{now(row)}</td>
                  <td>
                    <input
                      type="number"
                      step="0.01"
                      min={0}
                      aria-label={targetOf[i]!.label}
                      value={targetOf[i]!.value}
                      onChange={(e) => targetOf[i]!.set(e.target.value)}
                      onKeyDown={keepEnter}
                      className={field}
                    />
                  </td>
                  {row.plan?.requiredItems != null && row.problem === null ? (
                    <Needed
                      row={row}
                      required={row.plan.requiredItems}
                      more={row.plan.additionalItems!}
                      onUseSize={onUseSize}
                    />
                  ) : (
                    <td colSpan={2}>No plan: {row.problem}.</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </WideTableScroll>
      )}
      <p className="text-xs text-slate-600">
        For a simple random sample of the population. Accuracy: the smallest number of gold threads whose Wilson
        interval, at the accuracy so far, is no wider than the target. Fleiss&apos; kappa: n·(1.96·SE / target)², its
        standard error shrinking as 1/√n at the categories&apos; prevalence and the agreement seen so far.
      </p>
    </details>
  );
}

function now(row: SampleSizeRow): string {
  const plan = row.plan;
  if (plan === null || plan.halfWidth === null) return plan?.items === 0 ? 'none yet' : '—';
  return `${halfWidth(plan.halfWidth)} on ${plural(plan.items, row.unit.one, row.unit.many)}`;
}

function Needed({
  row,
  required,
  more,
  onUseSize,
}: {
  row: SampleSizeRow;
  required: number;
  more: number;
  onUseSize: (size: number) => void;
}) {
  return (
    <>
      <td>{plural(required, row.unit.one, row.unit.many)}</td>
      <td>
        {more === 0 ? (
          'None: the target is met.'
        ) : (
          <span className="flex flex-wrap items-center gap-2">
            {formatCount(more)} more
            <Button
              onClick={() => onUseSize(more)}
              aria-label={`Use as size: ${formatCount(more)} threads, for ${row.statistic}`}
            >
              Use as size
            </Button>
          </span>
        )}
      </td>
    </>
  );
}
