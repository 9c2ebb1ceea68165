import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ThreadOutcome } from '../../../domain/decisions/thread-outcome';
import type { ThreadId } from '../../../domain/ids';
import { KIND_NAMES, labelsGiven } from '../names';

interface Props {
  queue: readonly ThreadOutcome[];
  currentId: ThreadId | null;
  onOpen: (threadId: ThreadId) => void;
}

const KIND_STYLES = {
  disagreement: 'bg-red-100 text-red-900',
  majority: 'bg-amber-100 text-amber-900',
  unanimous: 'bg-green-100 text-green-900',
  incomplete: 'bg-slate-100 text-slate-700',
} as const;

/** The threads that need a decision, worst first; arrow keys, Home and End open them when it has focus. */
export function DecisionQueue({ queue, currentId, onOpen }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const selected = currentId === null ? -1 : queue.findIndex((o) => o.threadId === currentId);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = { ArrowDown: selected + 1, ArrowUp: Math.max(0, selected - 1), Home: 0, End: queue.length - 1 }[
      event.key
    ];
    if (target === undefined || queue.length === 0) return;
    event.preventDefault();
    onOpen(queue[Math.min(queue.length - 1, target)]!.threadId);
  };

  if (queue.length === 0) {
    return (
      <p className="rounded border border-slate-200 bg-white p-3 text-sm" aria-label="Queue">
        The queue is empty.
      </p>
    );
  }
  return (
    <div
      ref={list}
      role="listbox"
      aria-label={`Queue (${queue.length})`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-activedescendant={selected >= 0 ? `queue-option-${selected}` : undefined}
      className="min-h-0 flex-1 overflow-auto rounded border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      {queue.map((o, i) => {
        const labels = labelsGiven(o);
        return (
          <div
            key={o.threadId}
            id={`queue-option-${i}`}
            role="option"
            aria-selected={i === selected}
            onClick={() => onOpen(o.threadId)}
            aria-label={`${o.threadId}: ${KIND_NAMES[o.kind]}, ${labels}${o.final ? `, final ${o.final.label}` : ''}`}
            className={`cursor-pointer border-b border-slate-100 px-3 py-2 text-sm ${i === selected ? 'bg-indigo-50' : 'hover:bg-slate-50'}`}
          >
            <div className="flex items-center justify-between gap-2">
              <span className="truncate font-mono">{o.threadId}</span>
              <span className={`shrink-0 rounded px-1.5 text-xs ${KIND_STYLES[o.kind]}`}>{KIND_NAMES[o.kind]}</span>
            </div>
            <p className="text-xs text-slate-700">{labels}</p>
            {o.final && <p className="text-xs text-slate-600">Final: {o.final.label}</p>}
          </div>
        );
      })}
    </div>
  );
}
