import type { ConcordDatabase } from '../database';
import { prefixRange, studyRange } from '../database';
import type { ReviewerId, SampleId, StudyId } from '../../domain/ids';
import type { SentPacket } from '../../domain/packets/packet-records';
import { threadsOfReviewer } from '../../domain/sampling/threads-of-reviewer';
import type { CodebookVersion } from '../../domain/codebook/codebook';
import type { Reviewer } from '../../domain/reviewer';
import type { Sample } from '../../domain/sampling/sample';
import type { Study, StudyAgeKeys } from '../../domain/study';
import type { StoredThread } from '../../domain/threads/thread-meta';

/**
 * The study's age key pair, made with `generate` the first time it is needed (studies made
 * before issue #10 have none). Generated outside the transaction (crypto is no IndexedDB work
 * and would end it), then stored only if no other tab stored one meanwhile.
 */
export async function ensureStudyAgeKeys(
  db: ConcordDatabase,
  studyId: StudyId,
  generate: () => Promise<StudyAgeKeys>,
): Promise<StudyAgeKeys> {
  const study = await db.studies.get(studyId);
  if (!study) throw new Error(`The study (id ${studyId}) is not in this browser, so no packet can be made for it.`);
  if (study.ageKeys) return study.ageKeys;
  const keys = await generate();
  return db.transaction('rw', [db.studies], async () => {
    const current = await db.studies.get(studyId);
    if (current?.ageKeys) return current.ageKeys;
    await db.studies.update(studyId, { ageKeys: keys });
    return keys;
  });
}

export interface PacketSources {
  study: Study;
  sample: Sample;
  reviewer: Reviewer;
  codebook: CodebookVersion;
  threads: StoredThread[];
}

/** What one reviewer's packet is made from, read in one transaction (that reviewer's threads only). */
export async function readPacketSources(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
  reviewerId: ReviewerId,
): Promise<PacketSources> {
  return db.transaction('r', [db.studies, db.samples, db.reviewers, db.codebooks, db.threads], async () => {
    const [study, sample] = await Promise.all([db.studies.get(studyId), db.samples.get([studyId, sampleId])]);
    if (!study || !sample)
      throw new Error(`The sample ${sampleId} is not in the study ${studyId}, so no packet can be made for it.`);
    if (!sample.reviewerIds.includes(reviewerId)) {
      throw new Error(
        `The reviewer ${reviewerId} does not label the sample ${sampleId}, so no packet can be made for them.`,
      );
    }
    const [reviewer, codebook, threads] = await Promise.all([
      db.reviewers.get([studyId, reviewerId]),
      db.codebooks.get([studyId, sample.codebookVersion]),
      db.threads.bulkGet(threadsOfReviewer(sample, reviewerId).map((t) => [studyId, t] as [StudyId, typeof t])),
    ]);
    if (!codebook)
      throw new Error(
        `The sample's codebook version ${sample.codebookVersion} is missing, so no packet can be made for it.`,
      );
    if (!reviewer) throw new Error(`The reviewer ${reviewerId} is missing, so no packet can be made for them.`);
    return {
      study,
      sample,
      reviewer,
      codebook,
      threads: threads.filter((t): t is StoredThread => t !== undefined),
    };
  });
}

/** Records the packets just made, with an audit event each, in one transaction. */
export async function recordSentPackets(db: ConcordDatabase, packets: readonly SentPacket[]): Promise<void> {
  await db.transaction('rw', [db.sentPackets, db.auditEvents], async () => {
    await db.sentPackets.bulkAdd([...packets]);
    await db.auditEvents.bulkAdd(
      packets.map((p) => ({
        studyId: p.studyId,
        at: p.sentAt,
        actor: 'lead',
        action: 'packet.sent',
        subject: `${p.sampleId}/${p.reviewerId}`,
        from: null,
        to: `${p.threadIds.length} threads, packet ${p.packetId}, SHA-256 ${p.sha256}`,
        why: p.includesMetadata ? 'with thread metadata' : null,
      })),
    );
  });
}

/** The packets sent for a sample, oldest first. */
export async function listSentPackets(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
): Promise<SentPacket[]> {
  const [lo, hi] = studyRange(studyId);
  const packets = await db.sentPackets.where(':id').between(lo, hi, true, true).toArray();
  return packets.filter((p) => p.sampleId === sampleId).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

export interface ReceivedLabels {
  reviewerId: ReviewerId;
  received: number;
  total: number;
  lastFileAt: string | null;
}

/**
 * Per reviewer of the sample: how many of their threads have a label in this browser (from
 * labels files or the shared workstation), out of their share, and when their last labels
 * file was made (their clock), or null before any. Only the ratings' primary keys are read, one
 * key range per reviewer: the samples page reads this after every merge while labels replicate
 * in, and deserialising the sample's every rating (15,000 at 50 reviewers) held the page for
 * hundreds of milliseconds each time (bench/sync-bench.ts).
 */
export async function listReceivedLabels(
  db: ConcordDatabase,
  studyId: StudyId,
  sampleId: SampleId,
): Promise<ReceivedLabels[]> {
  return db.transaction('r', [db.samples, db.ratings, db.labelsReceipts], async () => {
    const sample = await db.samples.get([studyId, sampleId]);
    if (!sample) throw new Error(`The sample ${sampleId} is not in the study ${studyId}.`);
    const [slo, shi] = studyRange(studyId);
    const [labeled, receipts] = await Promise.all([
      Promise.all(
        sample.reviewerIds.map((reviewerId) => {
          const [lo, hi] = prefixRange(studyId, sampleId, reviewerId);
          return db.ratings.where(':id').between(lo, hi, true, true).primaryKeys();
        }),
      ),
      db.labelsReceipts.where(':id').between(slo, shi, true, true).toArray(),
    ]);
    return sample.reviewerIds.map((reviewerId, i) => {
      const share = new Set<string>(threadsOfReviewer(sample, reviewerId));
      const lastFileAt = receipts
        .filter((r) => r.sampleId === sampleId && r.reviewerId === reviewerId)
        .reduce<string | null>((last, r) => (last === null || r.lastFileAt > last ? r.lastFileAt : last), null);
      return {
        reviewerId,
        // The key's last part is the thread: a label outside the reviewer's share does not count.
        received: labeled[i]!.filter(([, , , threadId]) => share.has(threadId)).length,
        total: share.size,
        lastFileAt,
      };
    });
  });
}
