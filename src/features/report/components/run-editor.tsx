import { useState } from 'react';
import { checkRunDetails, describeRun, type LlmRun } from '../../../domain/llm-run';
import { useSaveRunDetails } from '../../../queries/run-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import { RunDetailsFields } from '../../../ui/run-details-fields';

/** Edits what a run is called and says about itself; its labels never change here. */
export function RunEditor({ run, onDone }: { run: LlmRun; onDone: () => void }) {
  const details = describeRun(run);
  const [draft, setDraft] = useState({ ...details, ranAt: details.ranAt ?? '' });
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveRunDetails(run.studyId);
  const submit = () => {
    const checked = checkRunDetails(draft);
    setProblems(checked.problems);
    if (checked.details) save.mutate({ runId: run.runId, details: checked.details }, { onSuccess: onDone });
  };
  return (
    <form
      aria-label={`Edit the run ${details.name}`}
      className="space-y-2 py-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <RunDetailsFields value={draft} onChange={setDraft} problems={problems} />
      {save.error && (
        <Alert tone="error" title="The run could not be saved">
          {errorMessage(save.error)}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save the run
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
