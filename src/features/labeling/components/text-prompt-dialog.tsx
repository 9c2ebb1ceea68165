import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '../../../ui/button';

interface Props {
  title: string;
  label: string;
  initial: string;
  multiline?: boolean;
  required?: boolean;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/**
 * A small keyboard-first dialog: the field has focus, Enter saves, Escape cancels. Text typed
 * since it opened is never thrown away by one Escape: it asks first, and a second Escape (or
 * Discard) discards.
 */
export function TextPromptDialog({
  title,
  label,
  initial,
  multiline = false,
  required = false,
  onSubmit,
  onCancel,
}: Props) {
  const [value, setValue] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const submit = () => {
    if (!required || value.trim()) onSubmit(value.trim());
  };
  const cancel = () => (value.trim() !== initial.trim() && !confirming ? setConfirming(true) : onCancel());
  const change = (text: string) => {
    setValue(text);
    setConfirming(false);
  };
  // Escape is caught for the whole dialog, so the page's own Escape never closes it behind our back.
  const onDialogKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };
  const onFieldKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
  };
  const field = 'mt-1 w-full rounded border border-slate-300 px-2 py-1';
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={onDialogKeyDown}
      className="fixed inset-0 z-10 flex items-center justify-center bg-black/30"
    >
      <div className="w-full max-w-md space-y-3 rounded bg-white p-4 shadow-xl">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <label className="block text-sm">
          {label}
          {multiline ? (
            <textarea
              autoFocus
              dir="auto"
              rows={4}
              value={value}
              onChange={(e) => change(e.target.value)}
              onKeyDown={onFieldKeyDown}
              className={field}
            />
          ) : (
            <input
              autoFocus
              dir="auto"
              value={value}
              onChange={(e) => change(e.target.value)}
              onKeyDown={onFieldKeyDown}
              className={field}
            />
          )}
        </label>
        {confirming ? (
          <p role="alert" className="text-sm font-medium text-amber-800">
            Discard what you typed? Escape again discards it; Enter saves it.
          </p>
        ) : (
          <p className="text-xs text-slate-600">
            Enter saves{multiline ? ' (Shift+Enter for a new line)' : ''}, Escape cancels.
          </p>
        )}
        <div className="flex justify-end gap-2">
          {confirming ? <Button onClick={onCancel}>Discard</Button> : <Button onClick={cancel}>Cancel</Button>}
          <Button variant="primary" onClick={submit} disabled={required && !value.trim()}>
            Save
          </Button>
        </div>
      </div>
    </div>
  );
}
