import { METHOD_NAMES } from '../../../domain/decisions/decision-rules';
import type { FinalLabel } from '../../../domain/decisions/thread-outcome';

const when = (iso: string) =>
  iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : 'unknown time';

/** "Final: X (method, by, when)", with the adjudicator and rationale when there are any. */
export function FinalLabelLine({ final, nameOf }: { final: FinalLabel; nameOf: (id: string) => string }) {
  return (
    <div
      role="group"
      aria-label="Current final label"
      className="rounded border border-green-300 bg-green-50 p-2 text-sm"
    >
      <p>
        Final: <strong>{final.label}</strong> ({METHOD_NAMES[final.method]},{' '}
        {final.stored ? `by ${nameOf(final.decidedBy)}` : 'automatic'}, {when(final.decidedAt)})
      </p>
      {final.adjudicatorId && <p>Adjudicator: {nameOf(final.adjudicatorId)}</p>}
      {final.rationale && <p className="whitespace-pre-wrap">Rationale: {final.rationale}</p>}
      {!final.stored && (
        <p className="text-xs text-slate-700">
          Every reviewer gave this label, so it became final by itself. Record a decision to override it.
        </p>
      )}
    </div>
  );
}
