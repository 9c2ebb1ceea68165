import type { Rating } from '../rating';

/** A rating in the audit log's words: label, Other suggestion, flag and note; null for none. */
export const describeRating = (
  r: Pick<Rating, 'label' | 'otherSuggestion' | 'flagged' | 'note'> | undefined,
): string | null =>
  r
    ? `${r.label}${r.otherSuggestion ? ` (${r.otherSuggestion})` : ''}${r.flagged ? ' [flagged]' : ''}${r.note ? ' [note]' : ''}`
    : null;
