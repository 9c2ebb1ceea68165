import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ThreadId } from '../../../domain/ids';
import type { ThreadMeta } from '../../../domain/threads/thread-meta';
import { formatCount } from '../../../domain/format-count';
import { HighlightedText } from '../../../ui/highlighted-text';

interface Props {
  threads: ThreadMeta[];
  selectedId: ThreadId | null;
  llmLabels: ReadonlyMap<string, string> | null;
  /** The search, whose matches are marked in each snippet. */
  query: string;
  onOpen: (threadId: ThreadId) => void;
}

const ROW_HEIGHT = 72;

/**
 * A listbox of any number of threads: only the rows in view are in the DOM. Arrow keys, Home,
 * End, Page Up/Down move the selection and open the thread, so the list works without a mouse.
 */
export function ThreadList({ threads, selectedId, llmLabels, query, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // We do not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: threads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const selectedIndex = selectedId === null ? -1 : threads.findIndex((t) => t.threadId === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const move = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT));
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next: number | null = null;
    if (event.key in steps) next = Math.max(0, selectedIndex) + (selectedIndex < 0 ? 0 : steps[event.key]!);
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = threads.length - 1;
    if (next === null || threads.length === 0) return;
    event.preventDefault();
    onOpen(threads[Math.min(threads.length - 1, Math.max(0, next))]!.threadId);
  };

  return (
    <div
      ref={scroller}
      role="listbox"
      aria-label={`Threads (${formatCount(threads.length)})`}
      aria-activedescendant={selectedIndex >= 0 ? `thread-option-${selectedIndex}` : undefined}
      tabIndex={0}
      onKeyDown={move}
      className="h-full overflow-auto rounded border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const t = threads[row.index]!;
          const selected = row.index === selectedIndex;
          const label = llmLabels?.get(t.threadId);
          return (
            <div
              key={t.threadId}
              id={`thread-option-${row.index}`}
              role="option"
              aria-selected={selected}
              aria-setsize={threads.length}
              aria-posinset={row.index + 1}
              onClick={() => onOpen(t.threadId)}
              className={`absolute left-0 w-full cursor-pointer border-b border-slate-100 px-3 py-2 text-sm ${selected ? 'bg-indigo-50' : 'hover:bg-slate-50'}`}
              style={{ top: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
            >
              <div className="flex justify-between gap-2 text-xs text-slate-600">
                <span className="shrink-0 font-mono">{t.threadId}</span>
                <span className="truncate">{[t.department, label].filter(Boolean).join(' · ')}</span>
              </div>
              <p dir="auto" className="line-clamp-2">
                <HighlightedText text={t.preview} query={query} />
              </p>
            </div>
          );
        })}
      </div>
    </div>
  );
}
