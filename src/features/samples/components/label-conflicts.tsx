import { useState, type FormEvent } from 'react';
import type { LabelConflict, LabelConflictResolution } from '../../../domain/packets/labels-merge';
import { formatDayTime } from '../../../lib/format-day-time';
import { Button } from '../../../ui/button';

/** A conflict with the name of the reviewer whose file brought it. */
export type NamedConflict = LabelConflict & { reviewerName?: string };

const keyOf = (c: LabelConflict) => `${c.reviewerId}\u0000${c.threadId}`;

/** Labels this browser already holds that a file would change: the lead picks one per thread. */
export function LabelConflicts({
  conflicts,
  onResolve,
  busy,
}: {
  conflicts: NamedConflict[];
  onResolve: (r: LabelConflictResolution[]) => void;
  busy: boolean;
}) {
  const [keep, setKeep] = useState<Record<string, 'local' | 'incoming'>>({});
  const chosen = conflicts.every((c) => keep[keyOf(c)]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onResolve(conflicts.map((c) => ({ threadId: c.threadId, reviewerId: c.reviewerId, keep: keep[keyOf(c)]! })));
  };
  return (
    <form onSubmit={submit} aria-label="Label conflicts" className="space-y-2">
      <p>
        These labels differ from the ones this browser holds (from the shared workstation). Choose which to keep for
        each thread; nothing is stored until you merge.
      </p>
      {conflicts.map((c) => (
        <fieldset key={keyOf(c)} className="rounded border border-amber-300 bg-amber-50 p-2">
          <legend className="font-medium">
            Thread {c.threadId}
            {c.reviewerName ? `, ${c.reviewerName}` : ''}
          </legend>
          <label className="mr-4">
            <input
              type="radio"
              name={keyOf(c)}
              checked={keep[keyOf(c)] === 'local'}
              onChange={() => setKeep({ ...keep, [keyOf(c)]: 'local' })}
            />{' '}
            Keep this browser's {c.local.label} ({formatDayTime(c.local.updatedAt)})
          </label>
          <label>
            <input
              type="radio"
              name={keyOf(c)}
              checked={keep[keyOf(c)] === 'incoming'}
              onChange={() => setKeep({ ...keep, [keyOf(c)]: 'incoming' })}
            />{' '}
            Take the file's {c.incoming.label} ({formatDayTime(c.incoming.updatedAt)})
          </label>
        </fieldset>
      ))}
      <Button type="submit" variant="primary" disabled={!chosen || busy}>
        Merge with these choices
      </Button>
    </form>
  );
}
