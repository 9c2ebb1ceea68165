import { useState } from 'react';
import type { Sample } from '../../../domain/sampling/sample';
import { useSetRevealLlmAfterDone } from '../../../queries/sample-queries';
import { errorMessage } from '../../../ui/error-message';

export function RevealLlmToggle({ sample }: { sample: Sample }) {
  const reveal = useSetRevealLlmAfterDone(sample.studyId, sample.sampleId);
  // Shown at once; put back if the write fails.
  const [checked, setChecked] = useState(sample.revealLlmAfterDone ?? false);
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          const value = e.target.checked;
          setChecked(value);
          reveal.mutate(value, { onError: () => setChecked(!value) });
        }}
      />
      Show reviewers the LLM&apos;s label once they have labeled every thread of this sample
      {reveal.isSuccess && (
        <span role="status" className="text-green-800">
          Saved
        </span>
      )}
      {reveal.isError && (
        <span role="alert" className="text-red-800">
          Not saved: {errorMessage(reveal.error)}
        </span>
      )}
    </label>
  );
}
