import type { ConcordDatabase } from '../database';
import { prefixRange, studyRange } from '../database';
import type { StudyId } from '../../domain/ids';
import type { LabelsFile } from '../../domain/packets/labels-file';
import type { LabelConflictResolution, LabelsImportResult } from '../../domain/packets/labels-merge';
import { planLabelsMerge } from '../../domain/packets/merge-plan';
import { verifyLabelsFile } from '../../domain/packets/verify-labels-file';

export interface LabelsFileDelivery {
  studyId: StudyId;
  /** Decrypted and checked against the schema; verified here against the study. */
  file: LabelsFile;
  /** Names the file in results and audit events (a file name, or a replication source). */
  fileName: string;
  fileSha256: string;
  importedAt: string;
  resolutions?: readonly LabelConflictResolution[];
}

/**
 * Takes one labels file into the lead's study in ONE transaction: verified against the study
 * (`verifyLabelsFile`; refused with every problem, nothing stored), planned (`planLabelsMerge`:
 * same file twice or an older file changes nothing; conflicts with labels made at this browser
 * store nothing until resolved), then the ratings, removals, receipt and audit events written
 * together, and codebook versions used frozen. Transport-agnostic: a file's content, whatever
 * carried it (a file today, replication later), reaches the ratings by this one path.
 */
export async function mergeLabelsFile(db: ConcordDatabase, delivery: LabelsFileDelivery): Promise<LabelsImportResult> {
  const { file, studyId, fileName } = delivery;
  const tables = [
    db.sentPackets,
    db.samples,
    db.reviewers,
    db.codebooks,
    db.ratings,
    db.labelsReceipts,
    db.auditEvents,
  ];
  return db.transaction('rw', tables, async () => {
    const [lo, hi] = studyRange(studyId);
    const [packet, sample, reviewer, codebooks, receipt] = await Promise.all([
      db.sentPackets.get([studyId, file.packetId]),
      db.samples.get([studyId, file.sample.id]),
      db.reviewers.get([studyId, file.reviewer.id]),
      db.codebooks.where(':id').between(lo, hi, true, true).toArray(),
      db.labelsReceipts.get([studyId, file.packetId]),
    ]);
    const categoriesByVersion = new Map(codebooks.map((c) => [c.version, new Set(c.categories.map((k) => k.name))]));
    const problems = verifyLabelsFile(file, {
      studyId,
      packet: packet ?? null,
      sample: sample ?? null,
      categoriesByVersion,
    });
    const named = { fileName, reviewerName: reviewer?.name, sampleName: sample?.name };
    if (problems.length > 0)
      return { ...named, status: 'refused', added: 0, changed: 0, reason: problems.join('; '), conflicts: [] };

    const [rlo, rhi] = prefixRange(studyId, file.sample.id, file.reviewer.id);
    const local = await db.ratings.where(':id').between(rlo, rhi, true, true).toArray();
    const plan = planLabelsMerge({ ...delivery, receipt: receipt ?? null, local });
    const result: LabelsImportResult = {
      ...named,
      status: plan.status,
      added: plan.added,
      changed: plan.changed,
      removed: plan.removed,
      conflicts: plan.conflicts,
    };
    if (!plan.receipt) return result;
    const unfrozen = new Set(
      plan.put.map((r) => r.codebookVersion).filter((v) => codebooks.some((c) => c.version === v && !c.frozen)),
    );
    await Promise.all([
      db.ratings.bulkPut(plan.put),
      db.ratings.bulkDelete(plan.remove.map((t) => [studyId, file.sample.id, file.reviewer.id, t] as const)),
      db.labelsReceipts.put(plan.receipt),
      db.auditEvents.bulkAdd(plan.events),
      ...[...unfrozen].map((v) => db.codebooks.update([studyId, v], { frozen: true })),
    ]);
    return result;
  });
}
