import { ConcordDatabase } from '../../src/db/database';
import { importThreads } from '../../src/db/repos/import-threads';
import { createStudy } from '../../src/db/repos/studies';
import { defaultCodebook } from '../../src/domain/codebook/default-codebook';
import { asThreadId, type StudyId } from '../../src/domain/ids';
import type { Study } from '../../src/domain/study';

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

/** Threads `ids` in a study, each with one prompt ("Prompt of t1") and no metadata or LLM label. */
export async function importPromptThreads(db: ConcordDatabase, studyId: StudyId, ids: readonly string[]): Promise<void> {
  await importThreads(db, {
    studyId, llmModel: null, source: 'threads.csv', now: '2026-01-01T00:00:00Z',
    threads: ids.map((id, i) => ({
      threadId: asThreadId(id), turns: [`Prompt of ${id}`], userId: null, department: null, role: null, createdAt: null, llmLabel: null, sourceRow: i + 2,
    })),
  });
}
