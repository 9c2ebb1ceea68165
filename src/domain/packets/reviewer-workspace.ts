import { asStudyId, type StudyId } from '../ids';
import { toStoredThread } from '../threads/thread-meta';
import type { CodebookVersion } from '../codebook/codebook';
import type { Reviewer } from '../reviewer';
import type { Sample } from '../sampling/sample';
import type { Study } from '../study';
import { emptySummary } from '../study-summary';
import type { StoredThread } from '../threads/thread-meta';
import type { ReviewerPacket } from './reviewer-packet';

/** The id of the workspace a packet opens into: the same packet always opens the same workspace. */
export const workspaceStudyIdOf = (packetId: string): StudyId => asStudyId(`packet-${packetId}`);

export interface WorkspaceRecords {
  study: Study;
  threads: StoredThread[];
  codebook: CodebookVersion;
  reviewer: Reviewer;
  sample: Sample;
}

/**
 * The records of a reviewer workspace: a study marked `workspace`, holding the packet's threads,
 * its codebook version (frozen: a reviewer never edits it), the reviewer and a sample of that
 * one reviewer, under the lead's own sample, reviewer, thread ids and codebook version, so the
 * labeling page works unchanged and a labels file names what the lead's study knows.
 */
export function workspaceRecords(packet: ReviewerPacket, packetSha256: string, openedAt: string): WorkspaceRecords {
  const studyId = workspaceStudyIdOf(packet.packetId);
  const threads = packet.threads.map(
    (t, i) =>
      toStoredThread(
        studyId,
        {
          threadId: t.threadId,
          turns: t.turns,
          userId: null,
          department: t.department ?? null,
          role: t.role ?? null,
          createdAt: t.createdAt ?? null,
          llmLabel: null,
          sourceRow: i + 1,
        },
        i,
      ).thread,
  );
  const summary = emptySummary();
  summary.threadCount = threads.length;
  summary.totalCharacters = threads.reduce((n, t) => n + t.length, 0);
  return {
    study: {
      id: studyId,
      name: packet.study.name,
      createdAt: openedAt,
      isDemo: false,
      frequentUserThreshold: 5,
      summary,
      workspace: {
        kind: 'reviewer-packet',
        packetId: packet.packetId,
        sourceStudyId: packet.study.id,
        sourceStudyName: packet.study.name,
        sampleName: packet.sample.name,
        reviewerName: packet.reviewer.name,
        instructions: packet.instructions,
        dueDate: packet.dueDate,
        recipient: packet.study.recipient,
        packetSha256,
      },
    },
    threads,
    codebook: {
      studyId,
      version: packet.codebook.version,
      categories: packet.codebook.categories,
      createdAt: packet.createdAt,
      frozen: true,
    },
    reviewer: {
      studyId,
      reviewerId: packet.reviewer.id,
      name: packet.reviewer.name,
      initials: packet.reviewer.initials,
      role: 'reviewer',
    },
    sample: {
      studyId,
      sampleId: packet.sample.id,
      name: packet.sample.name,
      createdAt: packet.createdAt,
      seed: 0,
      threadIds: threads.map((t) => t.threadId),
      reviewerIds: [packet.reviewer.id],
      codebookVersion: packet.codebook.version,
      manifest: { packetId: packet.packetId },
      revealLlmAfterDone: false,
    },
  };
}
