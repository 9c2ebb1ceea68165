import type { ConcordDatabase } from '../database';
import { studyRange } from '../database';
import type { LabelsFileSource } from '../../domain/packets/labels-file';
import type { WorkspaceRecords } from '../../domain/packets/reviewer-workspace';
import type { ReviewerId, SampleId, StudyId } from '../../domain/ids';

export interface WorkspaceIds {
  studyId: StudyId;
  sampleId: SampleId;
  reviewerId: ReviewerId;
}

/**
 * Opens a reviewer packet into its workspace in one transaction: the study (marked
 * `workspace`), threads, codebook version, reviewer and sample, with an audit event. A packet
 * already opened in this browser is not copied again: its workspace is returned as it is, with
 * every label made in it.
 */
export async function openPacketWorkspace(
  db: ConcordDatabase,
  records: WorkspaceRecords,
): Promise<WorkspaceIds & { existed: boolean }> {
  const { study, sample, reviewer } = records;
  const ids = { studyId: study.id, sampleId: sample.sampleId, reviewerId: reviewer.reviewerId };
  return db.transaction(
    'rw',
    [db.studies, db.threads, db.codebooks, db.reviewers, db.samples, db.auditEvents],
    async () => {
      const existing = await db.studies.get(study.id);
      if (existing) {
        if (existing.workspace?.packetId !== study.workspace?.packetId)
          throw new Error(`openPacketWorkspace: study ${study.id} is not this packet's workspace`);
        return { ...ids, existed: true };
      }
      await db.studies.add(study);
      await Promise.all([
        db.threads.bulkAdd(records.threads),
        db.codebooks.add(records.codebook),
        db.reviewers.add(reviewer),
        db.samples.add(sample),
        db.auditEvents.add({
          studyId: study.id,
          at: study.createdAt,
          actor: reviewer.reviewerId,
          action: 'packet.opened',
          subject: study.workspace?.packetId ?? study.id,
          from: null,
          to: `${records.threads.length} threads`,
          why: null,
        }),
      ]);
      return { ...ids, existed: false };
    },
  );
}

/**
 * What a workspace's labels file holds, read in one transaction: every rating of its sample
 * (label, time, codebook version, note, flag, suggestion) and the reviewer's own audit events in
 * the order they happened. Throws for a study that is not a reviewer workspace.
 */
export async function readWorkspaceLabels(
  db: ConcordDatabase,
  studyId: StudyId,
  now: string,
): Promise<LabelsFileSource & { recipient: string }> {
  return db.transaction('r', [db.studies, db.samples, db.ratings, db.auditEvents], async () => {
    const study = await db.studies.get(studyId);
    const workspace = study?.workspace;
    if (!workspace) throw new Error(`readWorkspaceLabels: study ${studyId} is not a reviewer workspace`);
    const [lo, hi] = studyRange(studyId);
    const [samples, ratings, events] = await Promise.all([
      db.samples.where(':id').between(lo, hi, true, true).toArray(),
      db.ratings.where(':id').between(lo, hi, true, true).toArray(),
      db.auditEvents.where('studyId').equals(studyId).sortBy('seq'),
    ]);
    const sample = samples[0];
    const reviewerId = sample?.reviewerIds[0];
    if (!sample || !reviewerId) throw new Error(`readWorkspaceLabels: workspace ${studyId} has no sample`);
    return {
      createdAt: now,
      packetId: workspace.packetId,
      packetSha256: workspace.packetSha256,
      studyId: workspace.sourceStudyId,
      sampleId: sample.sampleId,
      reviewerId,
      ratings,
      events,
      recipient: workspace.recipient,
    };
  });
}
