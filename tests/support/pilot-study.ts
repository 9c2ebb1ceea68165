// The Pilot study in a fresh database, for the test files that need nothing more to start from.
import type { ConcordDatabase } from '../../src/db/database';
import type { Study } from '../../src/domain/study';
import { createPilotStudy, freshDatabase } from './database';

export let db: ConcordDatabase;
export let study: Study;

/** Run before each test (`beforeEach(seedPilotStudy)`): a fresh database holding the Pilot study. */
export async function seedPilotStudy() {
  db = freshDatabase();
  study = await createPilotStudy(db);
}

/** Run after each test (`afterEach(deletePilotStudy)`). */
export const deletePilotStudy = () => db.delete();
