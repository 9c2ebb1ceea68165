import type { ThreadId } from '../../../domain/ids';
import { Button } from '../../../ui/button';

export interface RevisitEntry {
  threadId: ThreadId;
  position: number;
  label: string | null;
  flagged: boolean;
}

interface Props {
  entries: readonly RevisitEntry[];
  onOpen: (threadId: ThreadId) => void;
  onClose: () => void;
}

function EntryList({
  title,
  entries,
  focused,
  onOpen,
}: {
  title: string;
  entries: readonly RevisitEntry[];
  focused: ThreadId | undefined;
  onOpen: Props['onOpen'];
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className="mt-2 text-sm font-semibold">
        {title} ({entries.length})
      </h3>
      <ul className="mt-1 space-y-1">
        {entries.map((e) => (
          <li key={e.threadId}>
            <button
              type="button"
              autoFocus={e.threadId === focused}
              onClick={() => onOpen(e.threadId)}
              className="w-full rounded border border-slate-200 px-2 py-1 text-left text-sm hover:bg-indigo-50"
            >
              Thread {e.position} <span className="font-mono text-xs text-slate-600">{e.threadId}</span>
              {' · '}
              {e.label ?? 'not labeled yet'}
              {e.flagged ? ' · flagged' : ''}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `l`: the reviewer's own flagged and labeled threads, flagged first, to go back to one; Tab or a tap picks, Escape closes. */
export function RevisitDialog({ entries, onOpen, onClose }: Props) {
  const flagged = entries.filter((e) => e.flagged);
  const labeled = entries.filter((e) => !e.flagged);
  const focused = (flagged[0] ?? labeled[0])?.threadId;
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="revisit-title"
      className="fixed inset-0 z-30 flex items-center justify-center bg-black/30 p-2"
    >
      <div className="flex max-h-[85vh] w-full max-w-lg flex-col rounded bg-white p-4 shadow-xl">
        <h2 id="revisit-title" className="text-lg font-semibold">
          Your threads to revisit
        </h2>
        <div className="min-h-0 overflow-auto">
          {entries.length === 0 && <p className="text-sm">Nothing labeled or flagged yet.</p>}
          <EntryList title="Flagged" entries={flagged} focused={focused} onOpen={onOpen} />
          <EntryList title="Labeled" entries={labeled} focused={focused} onOpen={onOpen} />
        </div>
        <Button className="mt-3 self-start" onClick={onClose} autoFocus={entries.length === 0}>
          Close (Esc)
        </Button>
      </div>
    </div>
  );
}
