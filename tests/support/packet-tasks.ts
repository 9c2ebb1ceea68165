// The crypto worker's packet tasks called in-process, and a lead's study to send packets from.
import { createPilotStudy } from './database';
import type { ConcordDatabase } from '../../src/db/database';
import { importThreads } from '../../src/db/repos/import-threads';
import { saveRating } from '../../src/db/repos/ratings';
import { addReviewer } from '../../src/db/repos/reviewers';
import { createSample } from '../../src/db/repos/samples';
import { asSampleId, asThreadId, type ReviewerId, type StudyId } from '../../src/domain/ids';
import type { PacketRequest, PacketResponse, PacketResults } from '../../src/workers/packet-protocol';
import { handlePacketRequest } from '../../src/workers/packet-tasks';

export const NOW = '2026-03-01T00:00:00.000Z';
export const sampleId = asSampleId('sample-1');

export function call<T extends PacketRequest>(db: ConcordDatabase, request: T): Promise<PacketResults[T['type']]> {
  return new Promise((resolve, reject) => {
    void handlePacketRequest(db, request, (r: PacketResponse) => {
      if (r.type === 'done') resolve(r.result as PacketResults[T['type']]);
      if (r.type === 'error') reject(Object.assign(new Error(r.error.message), { name: r.error.name }));
    });
  });
}
const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

/** The lead's study: six threads with LLM labels, three reviewers on a 2-of-3 sample. */
export async function leadStudy(db: ConcordDatabase) {
  const study = await createPilotStudy(db);
  await importThreads(db, {
    studyId: study.id,
    llmModel: 'gpt-4o',
    source: 'threads.csv',
    now: NOW,
    threads: ['t1', 't2', 't3', 't4', 't5', 't6'].map((id) => ({
      threadId: asThreadId(id),
      turns: [`prompt ${id}`],
      userId: `user-${id}`,
      department: 'Radiology',
      role: 'Nurse',
      createdAt: '2025-06-01T08:00:00Z',
      llmLabel: 'Coding',
      sourceRow: 2,
    })),
  });
  const reviewers = await Promise.all(
    ['Ana Arias', 'Ben Boateng', 'Cy Chen'].map((name) =>
      addReviewer(db, { studyId: study.id, name, initials: name.slice(0, 2), role: 'reviewer', now: NOW }),
    ),
  );
  const [ana, ben, cy] = reviewers.map((r) => r!.reviewerId) as [ReviewerId, ReviewerId, ReviewerId];
  await createSample(db, {
    studyId: study.id,
    sampleId,
    name: 'Pilot sample',
    createdAt: NOW,
    seed: 1,
    threadIds: ['t1', 't2', 't3', 't4', 't5', 't6'].map(asThreadId),
    reviewerIds: [ana, ben, cy],
    codebookVersion: 1,
    manifest: {},
    assignment: { t1: [ana, ben], t2: [ana, cy], t3: [ben, cy], t4: [ana, ben], t5: [ana, cy], t6: [ben, cy] },
  });
  return { study, ana, ben, cy };
}

export const open = (db: ConcordDatabase, bytes: Uint8Array, passphrase: string, name = 'packet.age') =>
  call(db, { type: 'open-packet', file: file(bytes, name), fileName: name, passphrase, now: NOW });
export const importFiles = (db: ConcordDatabase, studyId: StudyId, files: { name: string; bytes: Uint8Array }[]) =>
  call(db, {
    type: 'import-labels',
    studyId,
    files: files.map((f) => ({ name: f.name, blob: file(f.bytes, f.name) })),
    resolutions: [],
    now: NOW,
  });
export const rate = (
  db: ConcordDatabase,
  studyId: StudyId,
  reviewerId: ReviewerId,
  thread: string,
  label: string,
  minute: number,
) =>
  saveRating(db, {
    studyId,
    sampleId,
    reviewerId,
    threadId: asThreadId(thread),
    label,
    codebookVersion: 1,
    otherSuggestion: null,
    note: null,
    flagged: false,
    durationMs: 500,
    updatedAt: `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`,
  });
