import type { StudyId } from '../domain/ids';

export type SearchRequest = { studyId: StudyId; generation: number; query: string };
