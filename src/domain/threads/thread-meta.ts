import type { StudyId, ThreadId } from '../ids';
import { threadLength, threadText, type ThreadInput } from './thread';

/** A thread without its text: what lists, filters and samples need. */
export interface ThreadMeta {
  studyId: StudyId;
  threadId: ThreadId;
  userId: string | null;
  department: string | null;
  role: string | null;
  createdAt: string | null;
  turnCount: number;
  /** Characters of the whole text (turns joined), never truncated in storage. */
  length: number;
  /** The first characters of the text, for list rows. */
  preview: string;
  /** Position in import order, so lists keep the file's order. */
  ordinal: number;
}

/** A whole thread as stored: its metadata and its user prompts, never truncated. */
export interface StoredThread extends ThreadMeta {
  turns: string[];
}

/**
 * The metadata of up to one import chunk of threads in one record, so that listing 30,000
 * threads reads a few records, and an import writes about one record per thread (IndexedDB's
 * cost is per record: bench/import-bench.ts).
 */
export interface ThreadPage {
  studyId: StudyId;
  page: number;
  threads: ThreadMeta[];
}

const PREVIEW_LENGTH = 240;

/** The stored forms of a validated thread: its metadata (for lists) and the whole thread. */
export function toStoredThread(
  studyId: StudyId,
  input: ThreadInput,
  ordinal: number,
): { meta: ThreadMeta; thread: StoredThread } {
  const preview = threadText(input.turns).slice(0, PREVIEW_LENGTH);
  const meta: ThreadMeta = {
    studyId,
    threadId: input.threadId,
    userId: input.userId,
    department: input.department,
    role: input.role,
    createdAt: input.createdAt,
    turnCount: input.turns.length,
    length: threadLength(input.turns),
    preview,
    ordinal,
  };
  return { meta, thread: { ...meta, turns: input.turns } };
}
