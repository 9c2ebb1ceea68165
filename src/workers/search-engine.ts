import type { ConcordDatabase } from '../db/database';
import { forEachThread } from '../db/repos/threads';
import type { StudyId } from '../domain/ids';
import { TextIndex } from '../domain/search/text-index';

/**
 * Keeps one study's text index, rebuilt when the study's thread generation changes (an import
 * adds threads). Runs in the search worker; tests run it in-process.
 */
export class SearchEngine {
  private built: { studyId: StudyId; generation: number; index: Promise<TextIndex> } | null = null;

  constructor(private readonly db: ConcordDatabase) {}

  async search(studyId: StudyId, generation: number, query: string): Promise<string[]> {
    if (!this.built || this.built.studyId !== studyId || this.built.generation !== generation) {
      this.built = { studyId, generation, index: this.build(studyId) };
    }
    return (await this.built.index).search(query);
  }

  private async build(studyId: StudyId): Promise<TextIndex> {
    const index = new TextIndex();
    await forEachThread(this.db, studyId, (t) => index.add(t.threadId, t.turns));
    return index;
  }
}
