export type ScrollMove = 'down' | 'up' | 'start' | 'end';

/** The id of the scroll box of the thread on screen (the one laid out ahead has none). */
export const THREAD_BOX_ID = 'labeling-thread-box';

// A screen less a few lines, as browsers page, so the line read last stays in view.
const PAGE = 0.85;

/** Moves the thread's scroll box as the browser pages a document, at once (no smooth scroll to wait for). */
export function scrollThread(move: ScrollMove): void {
  const box = document.getElementById(THREAD_BOX_ID);
  if (!box) return;
  const page = Math.max(1, Math.floor(box.clientHeight * PAGE));
  box.scrollTop = { down: box.scrollTop + page, up: box.scrollTop - page, start: 0, end: box.scrollHeight }[move];
}
