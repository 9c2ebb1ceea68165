import { ConfirmRemove } from './confirm-remove';

/** Removing asks first: a category's definition and examples are gone once the draft is saved. */
export function RemoveCategory({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <ConfirmRemove name={name} onRemove={onRemove}>
      Remove “{name}” from this draft? Its definition and examples go with it when you save.
    </ConfirmRemove>
  );
}
