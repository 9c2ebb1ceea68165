import type { Category } from '../codebook/codebook';
import type { ReviewerId, SampleId, StudyId, ThreadId } from '../ids';
import { threadsOfReviewer } from '../sampling/threads-of-reviewer';
import type { CodebookVersion } from '../codebook/codebook';
import type { Reviewer } from '../reviewer';
import type { Sample } from '../sampling/sample';
import type { Study } from '../study';
import type { StoredThread } from '../threads/thread-meta';

export const PACKET_FORMAT = 'concord-reviewer-packet';
export const PACKET_VERSION = 1;

/** A thread as a packet carries it: its turns, and its metadata only when the lead ticked it. */
export interface PacketThread {
  threadId: ThreadId;
  turns: string[];
  department?: string | null;
  role?: string | null;
  createdAt?: string | null;
}

/**
 * What one reviewer needs to label their share of a sample on their own machine, and nothing
 * else (blinding by construction): no LLM label, no other reviewer, no agreement figure, no
 * thread outside their share, no user id. A versioned envelope, encrypted as an age file.
 */
export interface ReviewerPacket {
  format: typeof PACKET_FORMAT;
  version: typeof PACKET_VERSION;
  packetId: string;
  createdAt: string;
  /** `recipient` is the study's age public key: labels files come back encrypted to it. */
  study: { id: StudyId; name: string; recipient: string };
  sample: { id: SampleId; name: string };
  reviewer: { id: ReviewerId; name: string; initials: string };
  instructions: string;
  dueDate: string | null;
  includesMetadata: boolean;
  codebook: { version: number; categories: Category[] };
  threads: PacketThread[];
}

export interface PacketSource {
  study: Study;
  sample: Sample;
  reviewer: Reviewer;
  codebook: CodebookVersion;
  /** The study's threads; only the reviewer's share is taken, each must be present. */
  threads: readonly StoredThread[];
  packetId: string;
  createdAt: string;
  instructions: string;
  dueDate: string | null;
  includeMetadata: boolean;
}

/**
 * The packet of one reviewer of a sample: the threads `threadsOfReviewer` gives them, in the
 * sample's order, with the sample's codebook version. Fields are picked one by one, so a field
 * added to a stored record never leaks into a packet. Throws when the study has no age key
 * yet, the reviewer is not one of the sample, the codebook is not the sample's version, or a
 * thread of the share is missing.
 */
export function buildReviewerPacket(source: PacketSource): ReviewerPacket {
  const { study, sample, reviewer, codebook } = source;
  if (!study.ageKeys) throw new Error('buildReviewerPacket: the study has no age key pair yet');
  if (!sample.reviewerIds.includes(reviewer.reviewerId)) {
    throw new Error(`buildReviewerPacket: ${reviewer.reviewerId} is not a reviewer of sample ${sample.sampleId}`);
  }
  if (codebook.version !== sample.codebookVersion) {
    throw new Error(
      `buildReviewerPacket: codebook version ${codebook.version} is not the sample's (${sample.codebookVersion})`,
    );
  }
  const byId = new Map(source.threads.map((t) => [t.threadId, t]));
  const threads = threadsOfReviewer(sample, reviewer.reviewerId).map((threadId): PacketThread => {
    const thread = byId.get(threadId);
    if (!thread) throw new Error(`buildReviewerPacket: thread ${threadId} of the sample is missing`);
    if (!source.includeMetadata) return { threadId, turns: thread.turns };
    return {
      threadId,
      turns: thread.turns,
      department: thread.department,
      role: thread.role,
      createdAt: thread.createdAt,
    };
  });
  return {
    format: PACKET_FORMAT,
    version: PACKET_VERSION,
    packetId: source.packetId,
    createdAt: source.createdAt,
    study: { id: study.id, name: study.name, recipient: study.ageKeys.recipient },
    sample: { id: sample.sampleId, name: sample.name },
    reviewer: { id: reviewer.reviewerId, name: reviewer.name, initials: reviewer.initials },
    instructions: source.instructions,
    dueDate: source.dueDate,
    includesMetadata: source.includeMetadata,
    codebook: { version: codebook.version, categories: codebook.categories },
    threads,
  };
}
