export type ShortcutScope = 'dialog' | 'feature' | 'global';

/** A keyboard command as data: help screens and hints read the same declarations. */
export interface Shortcut {
  id: string;
  /** KeyboardEvent.key values, compared case-insensitively for letters; the space bar is 'Space', with Shift 'Shift+Space'. */
  keys: readonly string[];
  description: string;
  scope: ShortcutScope;
  enabled?: () => boolean;
  run: () => void;
}

const SCOPE_ORDER: ShortcutScope[] = ['dialog', 'feature', 'global'];

function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

const norm = (key: string) => (key.length === 1 ? key.toLowerCase() : key);

// Shift changes what a letter key types, so it is read from the key itself; the space bar types
// the same with or without it, and Shift+Space reads back up a page (issue #12).
const keyOf = (event: Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'shiftKey'>>) =>
  event.key === ' ' ? (event.shiftKey ? 'Shift+Space' : 'Space') : norm(event.key);

/**
 * The shortcut an event triggers: scopes are walked dialog → feature → global, typing in a
 * field and modified keys (Ctrl, Alt, Meta) are ignored, and an ambiguous match (two enabled
 * shortcuts in one scope) triggers nothing.
 */
export function matchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'> &
    Partial<Pick<KeyboardEvent, 'shiftKey'>>,
  shortcuts: readonly Shortcut[],
): Shortcut | null {
  if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return null;
  const key = keyOf(event);
  for (const scope of SCOPE_ORDER) {
    const hits = shortcuts.filter(
      (s) => s.scope === scope && (s.enabled?.() ?? true) && s.keys.some((k) => norm(k) === key),
    );
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) return null;
  }
  return null;
}
