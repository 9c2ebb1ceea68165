import type { StudyId } from './ids';
import type { ThreadMeta, ThreadText } from './study';
import { threadLength, threadText, type ThreadInput } from './thread';

const PREVIEW_LENGTH = 240;

/** Splits a validated thread into the records stored: metadata for lists, text apart. */
export function toStoredThread(studyId: StudyId, input: ThreadInput, ordinal: number): { meta: ThreadMeta; text: ThreadText } {
  const preview = threadText(input.turns).slice(0, PREVIEW_LENGTH);
  return {
    meta: {
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
    },
    text: { studyId, threadId: input.threadId, turns: input.turns },
  };
}
