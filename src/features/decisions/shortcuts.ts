import type { Category } from '../../domain/codebook/codebook';
import { foldKey } from '../../domain/codebook/shortcut-keys';
import type { DecisionMethod } from '../../domain/decisions/decision';
import type { Shortcut } from '../../lib/key-dispatcher';

export interface DecisionCommands {
  pick: (category: Category) => void;
  method: (method: DecisionMethod) => void;
  confirm: () => void;
  next: () => void;
  previous: () => void;
  help: () => void;
  close: () => void;
  overlayOpen: () => boolean;
  /** A complete thread is open, so a decision can be recorded. */
  canDecide: () => boolean;
  methodAllowed: (method: DecisionMethod) => boolean;
}

const METHOD_KEYS: readonly { method: DecisionMethod; key: string; description: string }[] = [
  { method: 'consensus', key: 'c', description: 'Method: consensus (discussed together)' },
  {
    method: 'adjudicated',
    key: 'a',
    description: 'Method: adjudicated (then name the adjudicator and give a rationale)',
  },
  { method: 'majority', key: 'm', description: 'Method: majority accepted' },
  { method: 'unanimous', key: 'u', description: 'Method: unanimous' },
];

/**
 * Every command of the decision view as data: the key listener and the help read this list.
 * Category keys come from the sample's codebook; a method key that a category already uses
 * is left out (the category wins), so the help never lists a key that does something else.
 */
export function decisionShortcuts(categories: readonly Category[], c: DecisionCommands): Shortcut[] {
  const idle = () => !c.overlayOpen();
  const deciding = () => idle() && c.canDecide();
  const categoryKeys = new Set(categories.map((cat) => foldKey(cat.key)));
  return [
    ...categories.map((category): Shortcut => ({
      id: `pick:${category.id}`,
      keys: [category.key],
      description: `Final label: ${category.name}`,
      scope: 'feature',
      enabled: deciding,
      run: () => c.pick(category),
    })),
    ...METHOD_KEYS.filter((m) => !categoryKeys.has(m.key)).map((m): Shortcut => ({
      id: `method:${m.method}`,
      keys: [m.key],
      description: m.description,
      scope: 'feature',
      enabled: () => deciding() && c.methodAllowed(m.method),
      run: () => c.method(m.method),
    })),
    {
      id: 'confirm',
      keys: ['Enter'],
      description: 'Record the decision, then open the next thread',
      scope: 'feature',
      enabled: deciding,
      run: c.confirm,
    },
    {
      id: 'next',
      keys: ['j', 'ArrowRight'],
      description: 'Next thread of the queue',
      scope: 'feature',
      enabled: idle,
      run: c.next,
    },
    {
      id: 'previous',
      keys: ['k', 'ArrowLeft'],
      description: 'Previous thread of the queue',
      scope: 'feature',
      enabled: idle,
      run: c.previous,
    },
    { id: 'help', keys: ['?'], description: 'List every shortcut', scope: 'global', run: c.help },
    {
      id: 'close',
      keys: ['Escape'],
      description: 'Close the open panel',
      scope: 'dialog',
      enabled: c.overlayOpen,
      run: c.close,
    },
  ];
}
