import { useEffect, useRef } from 'react';
import { METHOD_NAMES } from '../../../domain/decisions/decision-rules';
import type { DecisionMethod } from '../../../domain/decisions/decision';
import type { Reviewer } from '../../../domain/reviewer';
import { reviewerChoice } from '../names';
import type { DraftState } from '../store';

interface Props {
  methods: readonly DecisionMethod[];
  draft: DraftState;
  studyReviewers: readonly Reviewer[];
  /** How a reviewer reads on screen (Reviewer k when the view is anonymized). */
  nameOf: (id: string) => string;
  /** Who labeled the open thread: any reviewer or lead may adjudicate, and the list says which did. */
  labeledBy: ReadonlySet<string>;
  onMethod: (method: DecisionMethod) => void;
  onEdit: (patch: Partial<DraftState>) => void;
  onRecord: () => void;
  /** The shortcut key of a method, when it has one in this codebook. */
  keyOf: (method: DecisionMethod) => string | undefined;
}

/** How the label was reached, who adjudicated, and why. */
export function MethodFields(props: Props) {
  const { methods, draft, studyReviewers, nameOf, labeledBy, onMethod, onEdit, onRecord, keyOf } = props;
  const adjudicated = draft.method === 'adjudicated';
  // Choosing "adjudicated" (by key or click) goes straight to what it requires.
  const adjudicator = useRef<HTMLSelectElement>(null);
  const previous = useRef(draft.method);
  useEffect(() => {
    if (draft.method === 'adjudicated' && previous.current !== 'adjudicated') adjudicator.current?.focus();
    previous.current = draft.method;
  }, [draft.method]);
  return (
    <>
      <fieldset className="space-y-1 text-sm">
        <legend className="mb-1 font-semibold">How was it reached?</legend>
        {methods.map((m) => (
          <label key={m} className="flex items-center gap-2">
            <input
              type="radio"
              name="decision-method"
              value={m}
              checked={draft.method === m}
              onChange={() => onMethod(m)}
              aria-keyshortcuts={keyOf(m)}
            />
            {METHOD_NAMES[m]}
            {keyOf(m) && (
              <kbd aria-hidden="true" className="rounded border border-slate-300 bg-slate-100 px-1 font-mono text-xs">
                {keyOf(m)}
              </kbd>
            )}
          </label>
        ))}
      </fieldset>
      {adjudicated && (
        <label className="block text-sm">
          Adjudicator
          <select
            ref={adjudicator}
            value={draft.adjudicatorId ?? ''}
            onChange={(e) => onEdit({ adjudicatorId: e.target.value || null })}
            className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
          >
            <option value="">Choose the reviewer who adjudicated</option>
            {studyReviewers.map((r) => (
              <option key={r.reviewerId} value={r.reviewerId}>
                {reviewerChoice(r, nameOf)}:{' '}
                {labeledBy.has(r.reviewerId) ? 'labeled this thread' : 'did not label this thread'}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="block text-sm">
        Rationale{adjudicated ? ' (required)' : ' (optional)'}
        <textarea
          rows={3}
          value={draft.rationale ?? ''}
          onChange={(e) => onEdit({ rationale: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              onRecord();
            }
          }}
          className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
        />
      </label>
    </>
  );
}
