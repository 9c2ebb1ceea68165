import { ConcordDatabase } from '../../src/db/database';
import { importThreads } from '../../src/db/repos/import-threads';
import { addReviewer } from '../../src/db/repos/reviewers';
import { createSample } from '../../src/db/repos/samples';
import { createStudy } from '../../src/db/repos/studies';
import { defaultCodebook } from '../../src/domain/codebook/default-codebook';
import { asSampleId, asThreadId, type StudyId } from '../../src/domain/ids';
import type { Sample } from '../../src/domain/sampling/sample';
import type { Study } from '../../src/domain/study';
import type { ThreadInput } from '../../src/domain/threads/thread';

let counter = 0;

/** A fresh, empty database for one test (fake-indexeddb in Node and jsdom). */
export function freshDatabase(): ConcordDatabase {
  counter += 1;
  return new ConcordDatabase(`concord-test-${counter}-${crypto.randomUUID()}`);
}

/** A study named "Pilot" with the default codebook as version 1. */
export function createPilotStudy(db: ConcordDatabase): Promise<Study> {
  return createStudy(db, { name: 'Pilot', now: '2026-01-01T00:00:00Z', categories: defaultCodebook().categories });
}

/** Threads with one prompt each ("Prompt of <id>"), imported in one transaction; `fields` overrides per thread. */
export function importTestThreads(
  db: ConcordDatabase,
  studyId: StudyId,
  ids: readonly string[],
  fields: (index: number) => Partial<ThreadInput> = () => ({}),
) {
  return importThreads(db, {
    studyId,
    llmModel: 'gpt-4o',
    source: 'threads.csv',
    now: '2026-01-02T00:00:00Z',
    threads: ids.map((id, i) => ({
      threadId: asThreadId(id),
      turns: [`Prompt of ${id}`],
      userId: 'u',
      department: null,
      role: null,
      createdAt: null,
      llmLabel: 'Coding',
      sourceRow: i + 2,
      ...fields(i),
    })),
  });
}

/** Reviewers Ana and Ben and a one-thread sample "Pilot sample" (id s1) that both label. */
export async function createPilotSample(db: ConcordDatabase, studyId: StudyId): Promise<Sample> {
  const now = '2026-01-02T00:00:00Z';
  const reviewers = await Promise.all(
    ['Ana', 'Ben'].map((name) => addReviewer(db, { studyId, name, initials: name[0]!, role: 'reviewer', now })),
  );
  return createSample(db, {
    studyId,
    sampleId: asSampleId('s1'),
    name: 'Pilot sample',
    createdAt: now,
    seed: 1,
    threadIds: [asThreadId('t1')],
    reviewerIds: reviewers.map((r) => r.reviewerId),
    codebookVersion: 1,
    manifest: {},
  });
}
