import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../../ui/button';

interface Props {
  /** What is removed, as the button's and the question's names read it: "Remove Coding…", "Remove Coding?". */
  name: string;
  /** The button's visible text when the name is too long to show (a table cell); its name stays "Remove <name>…". */
  buttonText?: string;
  /** What removing does, shown with the question. */
  children: ReactNode;
  onRemove: () => void;
  disabled?: boolean;
}

/**
 * Removing asks first, in place: the button opens the question with Remove and Keep it. The
 * question takes the focus, so a keyboard user hears it and tabs on to the answer.
 */
export function ConfirmRemove({ name, buttonText, children, onRemove, disabled }: Props) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <Button
        variant="secondary"
        aria-label={buttonText === undefined ? undefined : `Remove ${name}…`}
        disabled={disabled}
        onClick={() => setConfirming(true)}
      >
        {buttonText ?? `Remove ${name}…`}
      </Button>
    );
  }
  return (
    <div
      ref={question}
      tabIndex={-1}
      role="group"
      aria-label={`Remove ${name}?`}
      className="flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2 text-red-900"
    >
      <p>{children}</p>
      <Button
        variant="danger"
        disabled={disabled}
        onClick={() => {
          setConfirming(false);
          onRemove();
        }}
      >
        Remove
      </Button>
      <Button onClick={() => setConfirming(false)}>Keep it</Button>
    </div>
  );
}
