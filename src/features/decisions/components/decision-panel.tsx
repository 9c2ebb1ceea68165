import { useEffect, useRef } from 'react';
import { decisionProblems } from '../../../domain/decisions/decision-rules';
import type { ThreadOutcome } from '../../../domain/decisions/thread-outcome';
import type { DecisionMethod } from '../../../domain/decisions/decision';
import type { SampleGold } from '../../../queries/sample-gold';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { allowedMethods, methodPatch, pickLabelPatch } from '../draft';
import { useDraft } from '../hooks/use-draft';
import { LabelPicker } from './label-picker';
import { MethodFields } from './method-fields';

interface Props {
  outcome: ThreadOutcome;
  gold: SampleGold;
  nameOf: (id: string) => string;
  error: string | null;
  keyOf: (method: DecisionMethod) => string | undefined;
  onRecord: () => void;
  onReopen: () => void;
}

/** The lead's decision on the open thread: final label, method, adjudicator, rationale. */
export function DecisionPanel({ outcome, gold, nameOf, error, keyOf, onRecord, onReopen }: Props) {
  const [draft, edit] = useDraft(outcome);
  const categories = gold.codebook.categories;
  // The panel scrolls; a refused save or a failed write must be seen, not left below the fold.
  const messages = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (draft.attempts > 0 || error) messages.current?.scrollIntoView?.({ block: 'nearest' });
  }, [draft.attempts, error]);
  const stale = outcome.staleDecision && (
    <Alert tone="info" title="The reviewers' labels changed after this thread was decided.">
      <p>
        The decision “{outcome.staleDecision.finalLabel}” ({outcome.staleDecision.method}) no longer counts as final:
        decide again.
      </p>
    </Alert>
  );
  if (outcome.kind === 'incomplete') {
    const waiting = outcome.reviewerIds.filter((id) => !outcome.votes.some((v) => v.reviewerId === id));
    return (
      <aside aria-label="Decision" className="min-w-0 space-y-3 md:min-h-0 md:overflow-auto">
        {stale}
        <Alert tone="info" title="Not every reviewer has labeled this thread yet.">
          <p>Waiting for {waiting.map(nameOf).join(', ')}.</p>
        </Alert>
      </aside>
    );
  }
  const problems = decisionProblems(
    draft,
    outcome,
    categories.map((c) => c.name),
  );
  return (
    <aside aria-label="Decision" className="min-w-0 space-y-3 md:min-h-0 md:overflow-auto">
      {stale}
      {outcome.final?.stored && (
        <div className="flex items-center justify-between gap-2 text-sm">
          <span>Recording again changes the decision; the audit log keeps both.</span>
          <Button onClick={onReopen}>Reopen</Button>
        </div>
      )}
      <LabelPicker
        categories={categories}
        outcome={outcome}
        value={draft.finalLabel}
        onPick={(c) => edit(pickLabelPatch(draft, outcome, c.name))}
      />
      <MethodFields
        methods={allowedMethods(outcome)}
        draft={draft}
        studyReviewers={gold.studyReviewers}
        keyOf={keyOf}
        labeledBy={new Set(outcome.votes.map((v) => v.reviewerId))}
        onMethod={(m) => edit(methodPatch(outcome, m))}
        onEdit={edit}
        onRecord={onRecord}
      />
      {/* Sticky, so Record stays in view however long the codebook and the rationale are. */}
      <div ref={messages} className="sticky bottom-0 space-y-2 bg-white pt-2 pb-1">
        {draft.attempts > 0 && problems.length > 0 && (
          <Alert tone="error" title="The decision cannot be recorded yet">
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Alert>
        )}
        {error && <Alert tone="error" title={error} />}
        <Button variant="primary" onClick={onRecord} aria-keyshortcuts="Enter" className="w-full">
          Record decision
        </Button>
        <p className="text-xs text-slate-600">Enter records and opens the next thread.</p>
      </div>
    </aside>
  );
}
