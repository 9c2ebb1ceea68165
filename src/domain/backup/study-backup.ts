import type { AuditEvent } from '../audit-event';
import type { CodebookVersion } from '../codebook/codebook';
import type { Decision } from '../decisions/decision';
import type { LlmRun, LlmRunLabels } from '../llm-run';
import type { PendingAnnotation, Rating } from '../rating';
import type { Reviewer } from '../reviewer';
import type { Sample } from '../sampling/sample';
import type { Study } from '../study';
import type { StoredThread, ThreadPage } from '../threads/thread-meta';
import type { LabelsReceipt, SentPacket } from '../packets/packet-records';

export const BACKUP_FORMAT = 'concord-study-backup';
export const BACKUP_VERSION = 1;

/** An audit event as a backup holds it: without `seq`, which the restoring browser assigns anew. */
export type BackupAuditEvent = Omit<AuditEvent, 'seq'>;

/** Every record of one study, table by table (the tables of `db/database.ts` but `studies`, `settings`). */
export interface StudyBackupTables {
  threads: StoredThread[];
  threadPages: ThreadPage[];
  llmRuns: LlmRun[];
  llmLabels: LlmRunLabels[];
  codebooks: CodebookVersion[];
  reviewers: Reviewer[];
  samples: Sample[];
  ratings: Rating[];
  /** Notes and flags on threads not labeled yet; absent from backups made before they existed. */
  pendingAnnotations: PendingAnnotation[];
  decisions: Decision[];
  /** Reviewer packets sent and labels files taken in; absent from backups made before issue #10. */
  sentPackets: SentPacket[];
  labelsReceipts: LabelsReceipt[];
  /** In the order they happened (the source browser's `seq` order). */
  auditEvents: BackupAuditEvent[];
}

/**
 * A whole study in one file, restorable into another browser with nothing lost. A versioned
 * envelope: a reader migrates older versions and refuses newer ones.
 */
export interface StudyBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, from the caller's clock. */
  exportedAt: string;
  study: Study;
  tables: StudyBackupTables;
}

export const BACKUP_TABLES = [
  'threads',
  'threadPages',
  'llmRuns',
  'llmLabels',
  'codebooks',
  'reviewers',
  'samples',
  'ratings',
  'pendingAnnotations',
  'decisions',
  'sentPackets',
  'labelsReceipts',
  'auditEvents',
] as const satisfies readonly (keyof StudyBackupTables)[];

/** What identifies a record within its study and table (the primary key without studyId). */
export const BACKUP_RECORD_KEYS: {
  [T in keyof StudyBackupTables]: ((r: StudyBackupTables[T][number]) => string) | null;
} = {
  threads: (r) => r.threadId,
  threadPages: (r) => String(r.page),
  llmRuns: (r) => r.runId,
  llmLabels: (r) => r.runId,
  codebooks: (r) => `v${r.version}`,
  reviewers: (r) => r.reviewerId,
  samples: (r) => r.sampleId,
  ratings: (r) => `${r.sampleId}/${r.reviewerId}/${r.threadId}`,
  pendingAnnotations: (r) => `${r.sampleId}/${r.reviewerId}/${r.threadId}`,
  decisions: (r) => `${r.sampleId}/${r.threadId}`,
  sentPackets: (r) => r.packetId,
  labelsReceipts: (r) => r.packetId,
  auditEvents: null,
};

/** How many records of each table a backup holds. */
export function backupCounts(backup: StudyBackup): Record<keyof StudyBackupTables, number> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t].length])) as Record<
    keyof StudyBackupTables,
    number
  >;
}

/**
 * The backup as JSON text in pieces, for `new Blob(parts)`: a study of 30,000 threads is some
 * 60 MB of JSON, and pieces of `recordsPerPart` records spare the page one string of that size.
 * The pieces joined are `JSON.stringify(backup)` (same keys, same order).
 */
export function studyBackupParts(backup: StudyBackup, recordsPerPart = 500): string[] {
  const { tables, ...head } = backup;
  const parts = [`${JSON.stringify(head).slice(0, -1)},"tables":{`];
  BACKUP_TABLES.forEach((table, t) => {
    parts.push(`${t === 0 ? '' : ','}${JSON.stringify(table)}:[`);
    const records: readonly unknown[] = tables[table];
    for (let i = 0; i < records.length; i += recordsPerPart) {
      parts.push(
        (i === 0 ? '' : ',') +
          records
            .slice(i, i + recordsPerPart)
            .map((r) => JSON.stringify(r))
            .join(','),
      );
    }
    parts.push(']');
  });
  parts.push('}}');
  return parts;
}
