import { useId } from 'react';
import { Alert } from './alert';
import { errorMessage } from './error-message';

/**
 * The study's "anonymise reviewers" switch, as the report and the exports pages both show it
 * (each page wires it to the same stored setting).
 */
export function AnonymiseReviewersSwitch({
  checked,
  saving,
  error,
  onChange,
}: {
  checked: boolean;
  saving: boolean;
  error: unknown;
  onChange: (on: boolean) => void;
}) {
  const hintId = useId();
  return (
    <div className="space-y-1 text-sm print:hidden">
      <label className="flex items-center gap-2 font-medium">
        <input
          type="checkbox"
          checked={checked}
          disabled={saving}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.checked)}
        />
        Anonymise reviewers
      </label>
      <p id={hintId} className="text-slate-600">
        Reviewer 1, 2, … instead of names in the report (methods, figures, tables) and in the gold-standard, ratings and
        audit files of this study. The backup keeps names (it restores the study as it is); notes and rationales are
        exported as the reviewers wrote them.
      </p>
      {error !== null && error !== undefined && (
        // The repository's message starts with its function's name: the lead needs only the reason.
        <Alert tone="error" title="The setting could not be saved">
          {errorMessage(error).replace(/^\w+: /, '')}
        </Alert>
      )}
    </div>
  );
}
