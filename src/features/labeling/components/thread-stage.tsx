import type { CSSProperties, ReactNode } from 'react';
import type { StudyId, ThreadId } from '../../../domain/ids';
import type { PendingAnnotation, Rating } from '../../../domain/rating';
import { useAfterPaint } from '../hooks/use-after-paint';
import { THREAD_BOX_ID } from '../thread-scroll';
import { ThreadPane } from './thread-pane';

export interface StagedThread {
  threadId: ThreadId;
  position: number;
  rating: Rating | null;
  annotation: Pick<PendingAnnotation, 'note' | 'flagged'> | null;
  llmLabel?: string | null;
}

interface Props {
  studyId: StudyId;
  total: number;
  /** The thread on screen; null shows `children` (the end of the queue). */
  current: StagedThread | null;
  /**
   * The next thread, laid out ahead at the same size but hidden, so moving on to it is only a
   * repaint. It is added once the thread on screen is painted, never in the frame the reviewer waits for.
   */
  ahead: StagedThread | null;
  children?: ReactNode;
}

// Inline, not a class: hidden also where no style sheet is loaded (tests). Visibility, unlike
// display, keeps its layout, so showing it needs no new layout of a 45,000-character text; and
// what it hides can be neither focused nor clicked, so `inert` (a style recalculation of the
// whole box when it changes) is not needed.
const HIDDEN: CSSProperties = { visibility: 'hidden' };
const BOX = 'absolute inset-0 overflow-auto overscroll-contain pb-16 lg:pb-0';

/**
 * The thread being labeled, in a scroll box that fills its place. Each thread has its own box,
 * keyed by thread id, so the box laid out ahead is the very one shown next. The box on screen
 * carries THREAD_BOX_ID: what Space, PageDown, Home and End move.
 */
export function ThreadStage({ studyId, total, current, ahead, children }: Props) {
  const settled = useAfterPaint(ahead?.threadId);
  const laidOut = ahead && settled === ahead.threadId && ahead.threadId !== current?.threadId ? ahead : null;
  const slots = current ? [current, ...(laidOut ? [laidOut] : [])] : [];
  return (
    <section aria-label="Thread to label" className="relative min-h-0 min-w-0 flex-1">
      {!current && (
        <div key="end" id={THREAD_BOX_ID} tabIndex={0} className={BOX}>
          {children}
        </div>
      )}
      {slots.map((slot) => {
        const active = slot === current;
        return (
          // The box is focusable so that a reader of the page can reach and scroll it (axe: scrollable-region-focusable).
          <div
            key={slot.threadId}
            id={active ? THREAD_BOX_ID : undefined}
            tabIndex={active ? 0 : -1}
            aria-hidden={active ? undefined : true}
            style={active ? undefined : HIDDEN}
            className={BOX}
          >
            <ThreadPane
              studyId={studyId}
              threadId={slot.threadId}
              position={slot.position}
              total={total}
              rating={slot.rating}
              annotation={slot.annotation}
              llmLabel={slot.llmLabel}
              active={active}
            />
          </div>
        );
      })}
    </section>
  );
}
