import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatCount } from '../../../domain/format-count';
import type { SampleId, StudyId } from '../../../domain/ids';
import { cellIndex, confusionCells, type ConfusionCell } from '../../../domain/report/confusion-cells';
import { paths } from '../../../lib/paths';
import { useShortcutListener } from '../../../lib/use-shortcut-listener';
import type { ReportData } from '../../../queries/report-queries';
import { Alert } from '../../../ui/alert';
import { ShortcutHelpDialog } from '../../../ui/shortcut-help-dialog';
import type { CellParams } from '../hooks/use-cell-params';
import { reportCellItems, type ReportCellItem } from '../report-cell-items';
import { confusionCellShortcuts } from '../shortcuts';
import { CellThreadView } from './cell-thread-view';

interface Props {
  studyId: StudyId;
  data: ReportData;
  /** The report's samples as its address has them (null: every sample). */
  samples: SampleId[] | null;
  params: CellParams & { gold: string; llm: string };
}

const threads = (n: number) => `${formatCount(n)} thread${n === 1 ? '' : 's'}`;
const cellName = (c: ConfusionCell) => `gold ${c.gold}, LLM ${c.llm}`;

/** The threads behind one cell of the confusion matrix, read one at a time by keyboard. */
export function CellWorkspace({ studyId, data, samples, params }: Props) {
  const [, navigate] = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const [showText, setShowText] = useState(false);
  const cells = confusionCells(reportCellItems(data));
  const index = cellIndex(cells, params.gold, params.llm);
  const cell = cells[index];
  const items = cell?.items ?? [];
  const { at } = params;
  // No thread in the address, or one not in this cell: the cell's first thread.
  const position = Math.max(
    0,
    at ? items.findIndex((i) => i.sampleId === at.sampleId && i.threadId === at.threadId) : 0,
  );
  const current = items[position];
  const address = (c: ConfusionCell, item?: ReportCellItem) =>
    paths.confusionCell.to(studyId, {
      gold: c.gold,
      llm: c.llm,
      samples,
      ...(item ? { at: { sampleId: item.sampleId, threadId: item.threadId } } : {}),
    });
  // Moving within a cell replaces the address, so Back leaves the cell rather than replaying every thread.
  const moveThread = (step: 1 | -1) => {
    const target = items[position + step];
    if (cell && target) navigate(address(cell, target), { replace: true });
  };
  const moveCell = (step: 1 | -1) => {
    const target = index < 0 ? undefined : cells[index + step];
    if (target) navigate(address(target));
  };
  const shortcuts = confusionCellShortcuts({
    nextThread: () => moveThread(1),
    previousThread: () => moveThread(-1),
    nextCell: () => moveCell(1),
    previousCell: () => moveCell(-1),
    toggleText: () => setShowText((s) => !s),
    help: () => setHelpOpen((open) => !open),
    close: () => setHelpOpen(false),
    helpOpen: () => helpOpen,
  });
  useShortcutListener(shortcuts);

  const model = data.llmModel ?? 'LLM';
  const previous = index > 0 ? cells[index - 1] : undefined;
  const next = index >= 0 ? cells[index + 1] : undefined;
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold break-words">
          Gold {params.gold}, LLM {params.llm}
        </h1>
        <p className="text-sm">
          {threads(items.length)} of {data.samples.map((s) => s.sample.name).join(', ')} with the gold label{' '}
          {params.gold} and the LLM&apos;s label ({model}) {params.llm}.{' '}
          <Link href={paths.report.to(studyId, samples ?? undefined)} className="underline">
            Back to the report
          </Link>
          <span className="ml-3 hidden text-xs text-slate-600 sm:inline">Press ? for every shortcut.</span>
        </p>
      </header>
      <nav aria-label="Cells of the confusion matrix" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {previous && (
          <Link href={address(previous)} className="underline">
            Previous cell: {cellName(previous)} ({threads(previous.items.length)})
          </Link>
        )}
        {next && (
          <Link href={address(next)} className="underline">
            Next cell: {cellName(next)} ({threads(next.items.length)})
          </Link>
        )}
      </nav>
      {!cell || !current ? (
        <Alert
          tone="info"
          title={`No thread of these samples has the gold label ${params.gold} and the LLM label ${params.llm}.`}
        />
      ) : (
        <div className="grid gap-4 md:grid-cols-[12rem_minmax(0,1fr)]">
          <nav aria-label="Threads of this cell" className="max-h-48 overflow-auto md:max-h-[70vh]">
            <p aria-live="polite" className="mb-1 text-sm font-medium">
              Thread {formatCount(position + 1)} of {formatCount(items.length)}
            </p>
            <ol className="space-y-0.5 text-sm">
              {items.map((item, i) => (
                <li key={`${item.sampleId}\u0000${item.threadId}`}>
                  <Link
                    href={address(cell, item)}
                    aria-current={i === position ? 'true' : undefined}
                    replace
                    className={`block truncate rounded px-1 font-mono ${i === position ? 'bg-indigo-100 font-semibold' : 'underline'}`}
                  >
                    {item.threadId}
                    {data.samples.length > 1 ? ` (${item.source.sample.name})` : ''}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <CellThreadView
            key={`${current.sampleId}\u0000${current.threadId}`}
            item={current}
            model={model}
            showSample={data.samples.length > 1}
            showText={showText}
            onToggleText={() => setShowText((s) => !s)}
          />
        </div>
      )}
      {helpOpen && <ShortcutHelpDialog shortcuts={shortcuts} onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
