import type { Category } from '../../domain/codebook/codebook';
import { foldKey } from '../../domain/codebook/shortcut-keys';
import type { Shortcut } from '../../lib/key-dispatcher';
import type { ScrollMove } from './thread-scroll';

export interface LabelingCommands {
  label: (category: Category) => void;
  next: () => void;
  previous: () => void;
  other: () => void;
  note: () => void;
  flag: () => void;
  undo: () => void;
  scroll: (move: ScrollMove) => void;
  goToNumber: () => void;
  revisit: () => void;
  help: () => void;
  examples: () => void;
  close: () => void;
  overlayOpen: () => boolean;
}

/**
 * Every labeling command as data: the key listener, the help overlay and the on-screen hints
 * all read this list. Category keys come from the codebook; Other is reached with its key. A
 * codebook saved before a command's key was reserved keeps its category on that key: the
 * command is left out rather than made ambiguous.
 */
export function labelingShortcuts(categories: readonly Category[], c: LabelingCommands): Shortcut[] {
  const idle = () => !c.overlayOpen();
  const categoryKeys = new Set(categories.map((cat) => foldKey(cat.key)));
  const command = (id: string, keys: string[], description: string, run: () => void): Shortcut => ({
    id,
    keys: keys.filter((k) => !categoryKeys.has(foldKey(k))),
    description,
    scope: 'feature',
    enabled: idle,
    run,
  });
  const all: Shortcut[] = [
    ...categories.map((category): Shortcut => ({
      id: `label:${category.id}`,
      keys: [category.key],
      description: category.isOther ? `${category.name} (then type a suggested name)` : `Label ${category.name}`,
      scope: 'feature',
      enabled: idle,
      run: () => (category.isOther ? c.other() : c.label(category)),
    })),
    command('next', ['ArrowRight', 'j'], 'Next thread (after the last: the end of your queue)', c.next),
    command('previous', ['ArrowLeft', 'k'], 'Previous thread', c.previous),
    command('scroll-down', ['Space', 'PageDown'], 'Read on: scroll the thread down a screen', () => c.scroll('down')),
    command('scroll-up', ['Shift+Space', 'PageUp'], 'Scroll the thread back up a screen', () => c.scroll('up')),
    command('scroll-top', ['Home'], 'Back to the start of the thread', () => c.scroll('start')),
    command('scroll-end', ['End'], 'To the end of the thread', () => c.scroll('end')),
    command('go-to', ['g'], 'Go to a thread: type its number, then Enter', c.goToNumber),
    command('revisit', ['l'], 'List your labeled and flagged threads to revisit', c.revisit),
    command('note', ['n'], 'Write a note on this thread (labeled or not yet)', c.note),
    command('flag', ['f'], 'Flag this thread (unsure, several intents)', c.flag),
    command('undo', ['u'], 'Undo the last label of this sitting (yours, on this sample)', c.undo),
    command('examples', ['/'], 'Show or hide the definitions and examples', c.examples),
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
  return all.filter((s) => s.keys.length > 0);
}
