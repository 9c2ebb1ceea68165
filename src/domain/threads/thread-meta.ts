import type { StudyId } from '../ids';
import type { StoredThread, ThreadMeta } from '../study';
import { threadLength, threadText, type ThreadInput } from './thread';

const PREVIEW_LENGTH = 240;

/** The stored forms of a validated thread: its metadata (for lists) and the whole thread. */
export function toStoredThread(studyId: StudyId, input: ThreadInput, ordinal: number): { meta: ThreadMeta; thread: StoredThread } {
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
