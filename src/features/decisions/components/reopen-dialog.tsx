import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '../../../ui/button';

interface Props {
  threadId: string;
  finalLabel: string;
  onSubmit: (why: string) => void;
  onCancel: () => void;
}

/** Asks why a decision is reopened (kept in the audit log): Enter reopens, Escape cancels. */
export function ReopenDialog({ threadId, finalLabel, onSubmit, onCancel }: Props) {
  const [why, setWhy] = useState('');
  const id = useId();
  const submit = () => {
    if (why.trim()) onSubmit(why.trim());
  };
  // Handled here and stopped, so that the page's keys never see what is typed.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
  };
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      className="fixed inset-0 z-10 flex items-center justify-center bg-black/30"
    >
      <div className="w-full max-w-md space-y-3 rounded bg-white p-4 shadow-xl">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Reopen the decision on {threadId}
        </h2>
        <p className="text-sm">
          The final label <strong>{finalLabel}</strong> is removed and the thread returns to the queue. The audit log
          keeps it.
        </p>
        <label className="block text-sm">
          Why reopen it?
          <textarea
            autoFocus
            rows={3}
            value={why}
            onChange={(e) => setWhy(e.target.value)}
            onKeyDown={onKeyDown}
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <p className="text-xs text-slate-600">Enter reopens (Shift+Enter for a new line), Escape cancels.</p>
        <div className="flex justify-end gap-2">
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="danger" onClick={submit} disabled={!why.trim()}>
            Reopen
          </Button>
        </div>
      </div>
    </div>
  );
}
