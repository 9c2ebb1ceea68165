import { expect, test } from 'vitest';
import { matchShortcut, type Shortcut } from './key-dispatcher';

const noop = () => {};
const s = (id: string, keys: string[], scope: Shortcut['scope'] = 'feature', enabled = true): Shortcut => ({
  id,
  keys,
  description: id,
  scope,
  run: noop,
  enabled: () => enabled,
});
const ev = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({ key, ctrlKey: false, altKey: false, metaKey: false, target: null, ...extra }) as KeyboardEvent;

test('matches case-insensitively, dialog scope first, ignoring disabled shortcuts', () => {
  const list = [s('next', ['j', 'ArrowDown']), s('close', ['j'], 'dialog', false), s('help', ['?'], 'global')];
  expect(matchShortcut(ev('J'), list)?.id).toBe('next');
  expect(matchShortcut(ev('ArrowDown'), list)?.id).toBe('next');
  expect(matchShortcut(ev('?'), list)?.id).toBe('help');
  expect(matchShortcut(ev('j'), [...list, s('dlg', ['j'], 'dialog')])?.id).toBe('dlg');
});

test('ambiguous matches, modified keys and typing in a field trigger nothing', () => {
  expect(matchShortcut(ev('1'), [s('a', ['1']), s('b', ['1'])])).toBeNull();
  expect(matchShortcut(ev('1', { ctrlKey: true }), [s('a', ['1'])])).toBeNull();
  const input = { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget;
  expect(matchShortcut(ev('1', { target: input }), [s('a', ['1'])])).toBeNull();
});

test('the space bar is "Space", and "Shift+Space" with Shift, while Shift on a letter is the letter', () => {
  const list = [s('down', ['Space', 'PageDown']), s('up', ['Shift+Space', 'PageUp']), s('next', ['j'])];
  expect(matchShortcut(ev(' '), list)?.id).toBe('down');
  expect(matchShortcut(ev(' ', { shiftKey: true }), list)?.id).toBe('up');
  expect(matchShortcut(ev('PageUp'), list)?.id).toBe('up');
  expect(matchShortcut(ev('J', { shiftKey: true }), list)?.id).toBe('next');
});
