import type { ReviewerId } from '../../../domain/ids';
import type { Reviewer } from '../../../domain/reviewer';

const field = 'mt-1 rounded border border-slate-300 bg-white px-2 py-1';

interface Props {
  reviewers: readonly Reviewer[];
  chosen: readonly ReviewerId[];
  perThread: number | null;
  onToggle: (reviewerId: ReviewerId, on: boolean) => void;
  onPerThread: (perThread: number | null) => void;
}

/** Who labels the sample, and whether each thread goes to all of them or to k of them. */
export function ReviewersFieldset({ reviewers, chosen, perThread, onToggle, onPerThread }: Props) {
  const n = chosen.length;
  // Keep a k the lead chose visible even when too few are ticked for it: the problem list says why.
  const ks = [
    ...new Set([
      ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => i + 2),
      ...(perThread === null ? [] : [perThread]),
    ]),
  ];
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="font-medium">Reviewers who label it (at least two)</legend>
      {reviewers.map((r) => (
        <label key={r.reviewerId} className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={chosen.includes(r.reviewerId)}
            onChange={(e) => onToggle(r.reviewerId, e.target.checked)}
          />
          {r.name}
        </label>
      ))}
      <label className="flex flex-col">
        Who labels each thread
        <select
          value={perThread ?? ''}
          onChange={(e) => onPerThread(e.target.value === '' ? null : Number(e.target.value))}
          className={field}
        >
          <option value="">Every reviewer labels every thread</option>
          {ks.map((k) => (
            <option key={k} value={k}>{`Each thread by ${k} of the ${n} reviewers (balanced, seeded)`}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
