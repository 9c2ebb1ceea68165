import type { ConcordDatabase } from '../database';
import type { Category } from '../../domain/codebook/codebook';
import type { StudyId } from '../../domain/ids';
import type { ThreadInput } from '../../domain/threads/thread';
import { createStudy } from './studies';
import { importThreads } from './import-threads';

const DEMO_SEEDED = 'demoSeeded';

export interface DemoSeed {
  name: string;
  categories: Category[];
  makeThreads: () => ThreadInput[];
  llmModel: string;
  now: string;
}

export async function isDemoSeeded(db: ConcordDatabase): Promise<boolean> {
  return (await db.settings.get(DEMO_SEEDED)) !== undefined;
}

/**
 * Loads the demo study on the first run, once per browser profile: a user who deletes it does
 * not get it back on reload. One transaction over every table it touches, so two tabs opened at
 * once cannot both seed it.
 */
export async function seedDemoStudyOnce(db: ConcordDatabase, seed: DemoSeed): Promise<StudyId | null> {
  return db.transaction(
    'rw',
    [db.settings, db.studies, db.codebooks, db.threads, db.threadPages, db.llmRuns, db.llmLabels, db.auditEvents],
    async () => {
      if (await db.settings.get(DEMO_SEEDED)) return null;
      await db.settings.put({ key: DEMO_SEEDED, value: seed.now });
      const study = await createStudy(db, {
        name: seed.name,
        now: seed.now,
        categories: seed.categories,
        isDemo: true,
      });
      await importThreads(db, {
        studyId: study.id,
        threads: seed.makeThreads(),
        llmModel: seed.llmModel,
        source: 'demo generator',
        now: seed.now,
      });
      return study.id;
    },
  );
}
