import type { ConcordDatabase } from '../../src/db/database';
import { addExampleCandidates } from '../../src/db/repos/example-candidates';
import { addReviewer } from '../../src/db/repos/reviewers';
import type { Category } from '../../src/domain/codebook/codebook';
import type { Reviewer } from '../../src/domain/reviewer';
import type { Study } from '../../src/domain/study';
import { createPilotStudy } from './database';

const NOW = '2026-01-02T00:00:00Z';

export interface CandidatesStudy {
  study: Study;
  coding: Category;
  ana: Reviewer;
  ben: Reviewer;
  /** Adds the candidates "Prompt A" … "Prompt E" (c1 … c5) to Coding. */
  addFive: () => Promise<number>;
}

/** The Pilot study with reviewers Ana and Ben, ready for candidate examples of Coding. */
export async function createCandidatesStudy(db: ConcordDatabase): Promise<CandidatesStudy> {
  const study = await createPilotStudy(db);
  const coding = (await db.codebooks.get([study.id, 1]))!.categories.find((c) => c.name === 'Coding')!;
  const ana = await addReviewer(db, { studyId: study.id, name: 'Ana', initials: 'A', role: 'reviewer', now: NOW });
  const ben = await addReviewer(db, { studyId: study.id, name: 'Ben', initials: 'B', role: 'reviewer', now: NOW });
  const addFive = () =>
    addExampleCandidates(db, {
      studyId: study.id,
      source: 'candidates.csv',
      now: NOW,
      candidates: ['A', 'B', 'C', 'D', 'E'].map((t) => ({ categoryId: coding.id, text: `Prompt ${t}` })),
    });
  return { study, coding, ana, ben, addFive };
}
