import { Fragment, useState } from 'react';
import { formatCount } from '../../../domain/format-count';
import type { LlmRunId } from '../../../domain/ids';
import { describeRun, type LlmRun } from '../../../domain/llm-run';
import { Button } from '../../../ui/button';
import { WideTableScroll } from '../../../ui/wide-table-scroll';
import { RunEditor } from './run-editor';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The study's LLM runs in import order, with their label counts; each can be edited in place. */
export function LlmRunsTable({ runs }: { runs: readonly LlmRun[] }) {
  const [editing, setEditing] = useState<LlmRunId | null>(null);
  return (
    <WideTableScroll label="LLM runs of the study">
      <table aria-label="LLM runs of the study" className="w-full text-left text-sm">
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-1 pr-3">
              Run
            </th>
            <th scope="col" className="py-1 pr-3">
              Model
            </th>
            <th scope="col" className="py-1 pr-3">
              Date
            </th>
            <th scope="col" className="py-1 pr-3">
              Prompt or note
            </th>
            <th scope="col" className="py-1 pr-3">
              Labels
            </th>
            <th scope="col" className="py-1 print:hidden">
              <span className="sr-only">Edit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const d = describeRun(run);
            const counts = Object.entries(run.labelCounts).sort((a, b) => b[1] - a[1]);
            return (
              <Fragment key={run.runId}>
                <tr className="border-t border-slate-200 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-medium">
                    {d.name}
                  </th>
                  <td className="py-1 pr-3">{d.model}</td>
                  <td className="whitespace-nowrap py-1 pr-3">{d.ranAt ?? 'not given'}</td>
                  <td className="max-w-md whitespace-pre-wrap py-1 pr-3" dir="auto">
                    {d.note}
                  </td>
                  <td className="py-1 pr-3">
                    {formatCount(total(run.labelCounts))}
                    <span className="block text-xs text-slate-600">
                      {counts.map(([label, n]) => `${label} ${formatCount(n)}`).join(' · ')}
                    </span>
                  </td>
                  <td className="py-1 print:hidden">
                    <Button
                      aria-label={`Edit the run ${d.name}`}
                      onClick={() => setEditing(run.runId)}
                      disabled={editing === run.runId}
                    >
                      Edit
                    </Button>
                  </td>
                </tr>
                {editing === run.runId && (
                  <tr>
                    <td colSpan={6}>
                      <RunEditor run={run} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </WideTableScroll>
  );
}
