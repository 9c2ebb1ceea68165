import { expect, test } from 'vitest';
import { defaultCodebook } from '../../domain/codebook/default-codebook';
import { matchShortcut } from '../../lib/key-dispatcher';
import { decisionShortcuts, type DecisionCommands } from './shortcuts';

const commands: DecisionCommands = {
  pick: () => {},
  method: () => {},
  confirm: () => {},
  next: () => {},
  previous: () => {},
  help: () => {},
  close: () => {},
  overlayOpen: () => false,
  canDecide: () => true,
  methodAllowed: () => true,
};
const key = (k: string) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, target: null });

test('category keys pick labels and method keys choose methods with the default codebook', () => {
  const shortcuts = decisionShortcuts(defaultCodebook().categories, commands);
  expect(matchShortcut(key('8'), shortcuts)?.description).toBe('Final label: Coding');
  expect(matchShortcut(key('a'), shortcuts)?.id).toBe('method:adjudicated');
  expect(matchShortcut(key('Enter'), shortcuts)?.id).toBe('confirm');
});

test('a method key that a category uses is left out: the category wins and the help does not list it', () => {
  const categories = defaultCodebook().categories.map((c) => (c.name === 'Coding' ? { ...c, key: 'c' } : c));
  const shortcuts = decisionShortcuts(categories, commands);
  expect(shortcuts.some((s) => s.id === 'method:consensus')).toBe(false);
  expect(matchShortcut(key('c'), shortcuts)?.description).toBe('Final label: Coding');
});

test('nothing but Escape and help while a dialog is open; no label or Enter on an incomplete thread', () => {
  const categories = defaultCodebook().categories;
  const dialog = decisionShortcuts(categories, { ...commands, overlayOpen: () => true });
  expect(['8', 'Enter', 'j'].map((k) => matchShortcut(key(k), dialog))).toEqual([null, null, null]);
  expect(matchShortcut(key('Escape'), dialog)?.id).toBe('close');
  const incomplete = decisionShortcuts(categories, { ...commands, canDecide: () => false });
  expect(['8', 'Enter', 'a'].map((k) => matchShortcut(key(k), incomplete))).toEqual([null, null, null]);
  expect(matchShortcut(key('j'), incomplete)?.id).toBe('next');
});
