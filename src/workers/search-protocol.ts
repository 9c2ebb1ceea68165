import type { StudyId } from '../domain/ids';

export type SearchRequest = { id: number; studyId: StudyId; generation: number; query: string };
export type SearchResponse = { id: number; ids: string[] } | { id: number; error: string };
