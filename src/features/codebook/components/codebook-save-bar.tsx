import type { useSaveCodebook } from '../../../queries/codebook-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';

interface Props {
  problems: string[];
  unchanged: boolean;
  save: ReturnType<typeof useSaveCodebook>;
  label: string;
  onSave: () => void;
}

/** Stays at the bottom of the view while the codebook is edited: what blocks saving, and Save. */
export function CodebookSaveBar({ problems, unchanged, save, label, onSave }: Props) {
  return (
    <div
      role="region"
      aria-label="Save the codebook"
      className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-300 bg-white px-4 py-2 shadow-[0_-2px_6px_rgb(0_0_0/0.08)] print:hidden"
    >
      {problems.length > 0 && (
        <ul aria-label="Codebook problems" className="list-disc pl-5 text-sm text-red-800">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {save.isError && (
        <Alert tone="error" title="The codebook was not saved">
          {errorMessage(save.error)}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" disabled={unchanged || problems.length > 0 || save.isPending} onClick={onSave}>
          {label}
        </Button>
        <p className="text-sm text-slate-700" role="status">
          {save.isSuccess && unchanged
            ? `Saved as version ${save.data.version}.`
            : unchanged
              ? 'No unsaved changes.'
              : 'Unsaved changes.'}
        </p>
      </div>
    </div>
  );
}
