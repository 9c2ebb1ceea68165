import type { Shortcut } from '../../lib/key-dispatcher';

export interface ConfusionCellCommands {
  nextThread: () => void;
  previousThread: () => void;
  nextCell: () => void;
  previousCell: () => void;
  toggleText: () => void;
  help: () => void;
  close: () => void;
  helpOpen: () => boolean;
}

/** Every command of the confusion-cell page as data: its key listener and its help read this list. */
export function confusionCellShortcuts(c: ConfusionCellCommands): Shortcut[] {
  const idle = () => !c.helpOpen();
  return [
    {
      id: 'next-thread',
      keys: ['j'],
      description: 'Next thread of this cell',
      scope: 'feature',
      enabled: idle,
      run: c.nextThread,
    },
    {
      id: 'previous-thread',
      keys: ['k'],
      description: 'Previous thread of this cell',
      scope: 'feature',
      enabled: idle,
      run: c.previousThread,
    },
    {
      id: 'next-cell',
      keys: [']'],
      description: 'Next cell with threads (by gold label, then LLM label)',
      scope: 'feature',
      enabled: idle,
      run: c.nextCell,
    },
    {
      id: 'previous-cell',
      keys: ['['],
      description: 'Previous cell with threads',
      scope: 'feature',
      enabled: idle,
      run: c.previousCell,
    },
    {
      id: 'text',
      keys: ['t'],
      description: 'Show or hide the thread text',
      scope: 'feature',
      enabled: idle,
      run: c.toggleText,
    },
    { id: 'help', keys: ['?'], description: 'List every shortcut', scope: 'global', run: c.help },
    {
      id: 'close',
      keys: ['Escape'],
      description: 'Close this list',
      scope: 'dialog',
      enabled: c.helpOpen,
      run: c.close,
    },
  ];
}
