import { defaultCodebook } from '../codebook/default-codebook';
import { asReviewerId, asSampleId, asStudyId, asThreadId, type ReviewerId } from '../ids';
import type { CodebookVersion } from '../codebook/codebook';
import type { Rating } from '../rating';
import type { Reviewer } from '../reviewer';
import type { Sample } from '../sampling/sample';
import type { Study } from '../study';
import { emptySummary } from '../study-summary';
import type { StoredThread } from '../threads/thread-meta';
import { buildLabelsFile, type LabelsFile } from './labels-file';
import type { SentPacket } from './packet-records';
import { buildReviewerPacket, type PacketSource } from './reviewer-packet';
import type { LabelsFileContext } from './verify-labels-file';

// Test fixture of the packet domain (used by tests only): a study with three reviewers on a
// 2-of-3 sample of six threads, Ana labelling t1, t2, t4, t5.

export const studyId = asStudyId('study-1');
export const sampleId = asSampleId('sample-1');
export const [ana, ben, cy] = ['ana', 'ben', 'cy'].map(asReviewerId) as [ReviewerId, ReviewerId, ReviewerId];
export const threadIds = ['t1', 't2', 't3', 't4', 't5', 't6'].map(asThreadId);

export const study: Study = {
  id: studyId,
  name: 'Chat study',
  createdAt: '2026-01-01T00:00:00.000Z',
  isDemo: false,
  frequentUserThreshold: 5,
  summary: emptySummary(),
  ageKeys: { identity: 'AGE-SECRET-KEY-1TEST', recipient: 'age1test' },
};

export const sample: Sample = {
  studyId,
  sampleId,
  name: 'Pilot 1',
  createdAt: '2026-01-02T00:00:00.000Z',
  seed: 7,
  threadIds,
  reviewerIds: [ana, ben, cy],
  codebookVersion: 1,
  manifest: { population: 6 },
  revealLlmAfterDone: true,
  assignment: {
    t1: [ana, ben],
    t2: [ana, cy],
    t3: [ben, cy],
    t4: [ana, ben],
    t5: [ana, cy],
    t6: [ben, cy],
  },
};

export const codebook: CodebookVersion = {
  studyId,
  version: 1,
  categories: defaultCodebook().categories,
  createdAt: '2026-01-01T00:00:00.000Z',
  frozen: true,
};
export const reviewers: Reviewer[] = [
  { studyId, reviewerId: ana, name: 'Ana Arias', initials: 'AA', role: 'reviewer' },
  { studyId, reviewerId: ben, name: 'Ben Boateng', initials: 'BB', role: 'reviewer' },
  { studyId, reviewerId: cy, name: 'Cy Chen', initials: 'CC', role: 'reviewer' },
];

export const threads: StoredThread[] = threadIds.map((threadId, i) => ({
  studyId,
  threadId,
  userId: `user-${i}`,
  department: 'Radiology',
  role: 'Scheduler',
  createdAt: '2025-05-01T10:00:00.000Z',
  turnCount: 1,
  length: 20,
  preview: `prompt of ${threadId}`,
  ordinal: i,
  turns: [`prompt of ${threadId}`],
}));

export function packetSource(extra: Partial<PacketSource> = {}): PacketSource {
  return {
    study,
    sample,
    reviewer: reviewers[0]!,
    codebook,
    threads,
    packetId: 'packet-ana',
    createdAt: '2026-01-03T00:00:00.000Z',
    instructions: 'Label by Friday.',
    dueDate: '2026-01-10',
    includeMetadata: false,
    ...extra,
  };
}

export const packetSha = 'a'.repeat(64);

export const sentPacket: SentPacket = {
  studyId,
  packetId: 'packet-ana',
  sampleId,
  reviewerId: ana,
  sentAt: '2026-01-03T00:00:00.000Z',
  sha256: packetSha,
  threadIds: buildReviewerPacket(packetSource()).threads.map((t) => t.threadId),
  codebookVersion: 1,
  includesMetadata: false,
};

export const context = (extra: Partial<LabelsFileContext> = {}): LabelsFileContext => ({
  studyId,
  packet: sentPacket,
  sample,
  categoriesByVersion: new Map([[1, new Set(codebook.categories.map((c) => c.name))]]),
  ...extra,
});

/** A rating of Ana's on `thread` (t1…), made at `minute` past ten on 5 January. */
export const anaRating = (thread: string, label: string, minute = 0, extra: Partial<Rating> = {}): Rating => ({
  studyId,
  sampleId,
  reviewerId: ana,
  threadId: asThreadId(thread),
  label,
  codebookVersion: 1,
  otherSuggestion: null,
  note: null,
  flagged: false,
  durationMs: 1000,
  updatedAt: `2026-01-05T10:${String(minute).padStart(2, '0')}:00.000Z`,
  ...extra,
});

/** Ana's labels file holding `ratings`, made at `minute` past noon on 5 January. */
export const anaFile = (ratings: Rating[], minute: number, events = ratings.length): LabelsFile =>
  buildLabelsFile({
    createdAt: `2026-01-05T12:${String(minute).padStart(2, '0')}:00.000Z`,
    packetId: 'packet-ana',
    packetSha256: packetSha,
    studyId,
    sampleId,
    reviewerId: ana,
    ratings,
    events: Array.from({ length: events }, (_, i) => ({
      studyId,
      at: `2026-01-05T09:${String(i).padStart(2, '0')}:00.000Z`,
      actor: ana,
      action: 'rating.created',
      subject: `e${i}`,
      from: null,
      to: 'x',
      why: null,
    })),
  });
