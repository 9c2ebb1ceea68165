import { useState } from 'react';
import { Button } from '../../../ui/button';

/** Removing asks first: a category's definition and examples are gone once the draft is saved. */
export function RemoveCategory({ name, onRemove }: { name: string; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Remove {name}…
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Remove ${name}?`}
      className="flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 p-2 text-red-900"
    >
      <p>Remove “{name}” from this draft? Its definition and examples go with it when you save.</p>
      <Button variant="danger" onClick={onRemove}>
        Remove
      </Button>
      <Button onClick={() => setConfirming(false)}>Keep it</Button>
    </div>
  );
}
