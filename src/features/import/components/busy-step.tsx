import { formatCount } from '../../../domain/format-count';
import { formatBytes } from '../../../lib/format';
import { Button } from '../../../ui/button';
import { ProgressBar } from '../../../ui/progress-bar';
import type { ImportPhase } from '../../../domain/formats/import-protocol';

const LABELS: Record<ImportPhase, string> = {
  reading: 'Reading the file',
  validating: 'Checking every row',
  writing: 'Storing in this browser',
};

export function BusyStep({
  phase,
  done,
  total,
  onCancel,
}: {
  phase: ImportPhase;
  done: number;
  total: number;
  onCancel: () => void;
}) {
  const detail =
    phase === 'writing' && total > 0
      ? `${formatCount(done)} of ${formatCount(total)} rows`
      : phase === 'reading' && total > 0
        ? formatBytes(total)
        : '';
  return (
    <section aria-label="Import progress" className="max-w-xl space-y-3">
      <ProgressBar label={LABELS[phase]} value={done} max={phase === 'writing' && total > 0 ? total : null} />
      <p className="text-sm text-slate-600" aria-live="polite">
        {detail}
      </p>
      <Button onClick={onCancel}>Cancel</Button>
      {phase === 'writing' && (
        <p className="text-sm text-slate-600">Cancelling now stores nothing: the import is all or nothing.</p>
      )}
    </section>
  );
}
