import type { Shortcut } from '../../../lib/key-dispatcher';
import { Button } from '../../../ui/button';

const keyName = (k: string) => ({ ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc' })[k] ?? k;

/** Every shortcut, read from the same declarations the key listener uses. */
export function HelpOverlay({ shortcuts, onClose }: { shortcuts: readonly Shortcut[]; onClose: () => void }) {
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="help-title" className="fixed inset-0 z-10 flex items-center justify-center bg-black/30">
      <div className="max-h-[80vh] w-full max-w-lg overflow-auto rounded bg-white p-4 shadow-xl">
        <h2 id="help-title" className="mb-2 text-lg font-semibold">Keyboard shortcuts</h2>
        <table className="w-full text-sm">
          <caption className="sr-only">Keyboard shortcuts</caption>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.id} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-mono">{s.keys.map(keyName).join(' or ')}</th>
                <td className="py-1">{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Button className="mt-3" onClick={onClose} autoFocus>Close (Esc or ?)</Button>
      </div>
    </div>
  );
}
