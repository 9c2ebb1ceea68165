import { TextPromptDialog } from './text-prompt-dialog';

export function NoteForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: string;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}) {
  return (
    <TextPromptDialog
      title="Note on this thread"
      label="Note"
      initial={initial}
      multiline
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
