import type { ReactNode } from 'react';
import type { Shortcut } from '../lib/key-dispatcher';
import { Button } from './button';

const keyName = (k: string) =>
  ({ ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' })[k] ?? k;

/** Every shortcut of a screen, read from the same declarations its key listener uses; `children` adds notes. */
export function ShortcutHelpDialog({
  shortcuts,
  onClose,
  children,
}: {
  shortcuts: readonly Shortcut[];
  onClose: () => void;
  children?: ReactNode;
}) {
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcut-help-title"
      className="fixed inset-0 z-10 flex items-center justify-center bg-black/30"
    >
      <div className="max-h-[80vh] w-full max-w-lg overflow-auto rounded bg-white p-4 shadow-xl">
        <h2 id="shortcut-help-title" className="mb-2 text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <table className="w-full text-sm">
          <caption className="sr-only">Keyboard shortcuts</caption>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-mono">
                  {s.keys.map(keyName).join(' or ')}
                </th>
                <td className="py-1">{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {children}
        <Button className="mt-3" onClick={onClose} autoFocus>
          Close (Esc or ?)
        </Button>
      </div>
    </div>
  );
}
