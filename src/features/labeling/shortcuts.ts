import type { Category } from '../../domain/codebook/codebook';
import type { Shortcut } from '../../lib/key-dispatcher';

export interface LabelingCommands {
  label: (category: Category) => void;
  next: () => void;
  previous: () => void;
  other: () => void;
  note: () => void;
  flag: () => void;
  undo: () => void;
  help: () => void;
  examples: () => void;
  close: () => void;
  overlayOpen: () => boolean;
}

/**
 * Every labeling command as data: the key listener, the help overlay and the on-screen hints
 * all read this list. Category keys come from the codebook; Other is reached with its key.
 */
export function labelingShortcuts(categories: readonly Category[], c: LabelingCommands): Shortcut[] {
  const idle = () => !c.overlayOpen();
  return [
    ...categories.map((category): Shortcut => ({
      id: `label:${category.id}`,
      keys: [category.key],
      description: category.isOther ? `${category.name} (then type a suggested name)` : `Label ${category.name}`,
      scope: 'feature',
      enabled: idle,
      run: () => (category.isOther ? c.other() : c.label(category)),
    })),
    { id: 'next', keys: ['ArrowRight', 'j'], description: 'Next thread', scope: 'feature', enabled: idle, run: c.next },
    { id: 'previous', keys: ['ArrowLeft', 'k'], description: 'Previous thread', scope: 'feature', enabled: idle, run: c.previous },
    { id: 'note', keys: ['n'], description: 'Write a note on this thread (labeled or not yet)', scope: 'feature', enabled: idle, run: c.note },
    { id: 'flag', keys: ['f'], description: 'Flag this thread (unsure, several intents)', scope: 'feature', enabled: idle, run: c.flag },
    { id: 'undo', keys: ['u'], description: 'Undo the last label of this sitting (yours, on this sample)', scope: 'feature', enabled: idle, run: c.undo },
    { id: 'examples', keys: ['/'], description: 'Show or hide the definitions and examples', scope: 'feature', enabled: idle, run: c.examples },
    { id: 'help', keys: ['?'], description: 'List every shortcut', scope: 'global', run: c.help },
    { id: 'close', keys: ['Escape'], description: 'Close the open panel', scope: 'dialog', enabled: c.overlayOpen, run: c.close },
  ];
}
