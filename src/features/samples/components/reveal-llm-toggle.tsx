import type { Sample } from '../../../domain/study';
import { useSetRevealLlmAfterDone } from '../../../queries/sample-queries';
import { errorMessage } from '../../../ui/error-message';

export function RevealLlmToggle({ sample }: { sample: Sample }) {
  const reveal = useSetRevealLlmAfterDone(sample.studyId, sample.sampleId);
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={reveal.isPending ? reveal.variables : sample.revealLlmAfterDone ?? false}
        onChange={(e) => reveal.mutate(e.target.checked)} />
      Show reviewers the LLM&apos;s label once they have labeled every thread of this sample
      {reveal.isError && <span role="alert" className="text-red-800">Not saved: {errorMessage(reveal.error)}</span>}
    </label>
  );
}
