import { useEffect, useRef } from 'react';
import { matchShortcut, type Shortcut } from './key-dispatcher';

const FIELD = 'input, select, textarea';
// Enter on these does what the browser does (press the button, follow the link), never "record".
const ACTIVATABLE = 'button, a[href], summary, [role="button"]';

const closest = (target: EventTarget | null, selector: string) =>
  target instanceof Element ? target.closest(selector) : null;

/**
 * One window listener for the page's life that always reads the latest declarations. Beyond
 * `matchShortcut`: Enter on a button or link is left to the browser, a held-down Enter does not
 * record thread after thread, and Escape in a form field leaves the field so that keys work again.
 */
export function useShortcutListener(shortcuts: readonly Shortcut[]) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && closest(event.target, FIELD)) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (event.key === 'Enter' && (event.repeat || closest(event.target, ACTIVATABLE))) return;
      const hit = matchShortcut(event, latest.current);
      if (!hit) return;
      event.preventDefault();
      hit.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
