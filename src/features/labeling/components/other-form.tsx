import { TextPromptDialog } from './text-prompt-dialog';

export function OtherForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}) {
  return (
    <TextPromptDialog
      title="Other: suggest a category"
      label="Suggested descriptive name"
      initial={initial}
      required
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
