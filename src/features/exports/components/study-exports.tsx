import { auditToCsv } from '../../../domain/exports/audit-csv';
import { exportFileName } from '../../../domain/exports/file-names';
import type { Study } from '../../../domain/study';
import { downloadBlob, downloadText } from '../../../lib/download';
import { plural } from '../../../domain/format-count';
import { formatBytes } from '../../../lib/format';
import { readAuditExport, readBackupExport } from '../../../queries/export-queries';
import { Button } from '../../../ui/button';
import { useExportAction } from '../hooks/use-export-action';
import { ExportStatus } from './export-status';

/** Study-wide files: the audit log, and the backup of every record of the study. */
export function StudyExports({ study }: { study: Study }) {
  const { state, run, busy } = useExportAction();

  const exportAudit = () =>
    run('Exporting the audit log', async () => {
      const { events, names } = await readAuditExport(study.id);
      const fileName = exportFileName([study.name, 'audit'], 'csv');
      downloadText(fileName, auditToCsv(events, names), 'text/csv');
      return { title: `Saved ${fileName}`, detail: `${plural(events.length, 'event')}, oldest first.` };
    });

  const exportBackup = () =>
    run('Backing up the study', async () => {
      const started = performance.now();
      // Read and serialised in the backup worker: the page only receives the Blob.
      const { blob, exportedAt, counts } = await readBackupExport(study.id);
      const fileName = exportFileName([study.name, 'backup', exportedAt.slice(0, 10)], 'json');
      downloadBlob(fileName, blob);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      return {
        title: `Saved ${fileName} (${formatBytes(blob.size)}, ${seconds} s)`,
        detail:
          `${plural(counts.threads, 'thread')}, ${plural(counts.ratings, 'rating')}, ${plural(counts.decisions, 'decision')}, ` +
          `${plural(counts.samples, 'sample')}, ${plural(counts.codebooks, 'codebook version')}, ${plural(counts.auditEvents, 'audit event')}. ` +
          'Restore it from the Studies page of any Concord.',
      };
    });

  return (
    <section
      aria-labelledby="study-exports-heading"
      className="space-y-3 rounded border border-slate-200 bg-white p-3 text-sm"
    >
      <h2 id="study-exports-heading" className="text-lg font-semibold">
        The whole study
      </h2>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void exportAudit()} disabled={busy}>
          Audit log (CSV)
        </Button>
        <Button onClick={() => void exportBackup()} disabled={busy}>
          Back up the whole study
        </Button>
      </div>
      <p className="text-slate-600">
        The backup is one JSON file with every thread, label, codebook version, sample, rating, decision and audit event
        of the study: keep it somewhere safe, since the browser&apos;s storage can be cleared.
      </p>
      <ExportStatus state={state} />
    </section>
  );
}
