import { useState } from 'react';
import type { Sample } from '../../../domain/sampling/sample';
import { useSetAutoAcceptUnanimous } from '../../../queries/decision-queries';
import type { SampleGold } from '../../../queries/sample-gold';
import { errorMessage } from '../../../ui/error-message';
import { LEAD, reviewerChoice } from '../names';
import { useDecisionsUi } from '../store';

function AutoAcceptToggle({ sample }: { sample: Sample }) {
  const setAuto = useSetAutoAcceptUnanimous(sample.studyId, sample.sampleId);
  // Shown at once; put back if the write fails.
  const [checked, setChecked] = useState(sample.autoAcceptUnanimous ?? true);
  return (
    <span className="flex items-center gap-2">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => {
            const value = e.target.checked;
            setChecked(value);
            setAuto.mutate(value, { onError: () => setChecked(!value) });
          }}
        />
        Unanimous threads become final automatically
      </label>
      {/* Outside the label, so the message is not part of the checkbox's name. */}
      {setAuto.isSuccess && (
        <span role="status" className="text-green-800">
          Saved
        </span>
      )}
      {setAuto.isError && (
        <span role="alert" className="text-red-800">
          Not saved: {errorMessage(setAuto.error)}
        </span>
      )}
    </span>
  );
}

/** The sample's setting (stored) and the lead's view choices (this session only). */
export function DecisionSettings({
  gold,
  decidedBy,
  nameOf,
}: {
  gold: SampleGold;
  decidedBy: string;
  /** How a reviewer reads on screen: anonymized, the list of who records shows no name either. */
  nameOf: (id: string) => string;
}) {
  const anonymize = useDecisionsUi((s) => s.anonymize);
  const { anonymizeToggled, recordedByChosen } = useDecisionsUi.getState();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <AutoAcceptToggle sample={gold.sample} />
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={anonymize} onChange={anonymizeToggled} />
        Anonymize reviewers
      </label>
      <label className="flex items-center gap-2">
        Recorded by
        <select
          value={decidedBy}
          onChange={(e) => recordedByChosen(e.target.value)}
          className="rounded border border-slate-300 px-2 py-1"
        >
          {gold.studyReviewers.map((r) => (
            <option key={r.reviewerId} value={r.reviewerId}>
              {reviewerChoice(r, nameOf)}
            </option>
          ))}
          <option value={LEAD}>Lead</option>
        </select>
      </label>
    </div>
  );
}
