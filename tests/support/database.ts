import { ConcordDatabase } from '../../src/db/database';
import { createStudy } from '../../src/db/repos/studies';
import { defaultCodebook } from '../../src/domain/codebook/default-codebook';
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
