/**
 * Reads the user prompts of a thread from a parsed JSON value.
 *
 * Accepted: an array whose items are strings (each a user prompt), or objects with a
 * `role` and a `content` (or `text`). Objects whose role is anything other than "user"
 * (case-insensitive), such as "assistant" or "system", are dropped: Concord keeps only
 * what the user wrote. An object without a role counts as a user prompt. `content` may be
 * a string or an array of parts (strings, or objects with a string `text`, as in the
 * OpenAI chat format), joined with a line break.
 * Returns null when the value is not such an array (the caller reports it); blank
 * prompts are kept here (validation drops them).
 */
export function userTurnsFromJson(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const turns: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') {
      turns.push(item);
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const { role, content, text } = item as Record<string, unknown>;
    if (role !== undefined && role !== null && String(role).toLowerCase() !== 'user') continue;
    const body = contentText(content ?? text);
    if (body === null) return null;
    turns.push(body);
  }
  return turns;
}

function contentText(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return null;
  const parts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') parts.push(part);
    else if (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string') {
      parts.push((part as { text: string }).text);
    }
  }
  return parts.join('\n');
}

/**
 * Reads the turns of a thread from a spreadsheet cell: a JSON array (as userTurnsFromJson)
 * when the cell starts with "[", else the whole cell as a single prompt.
 * Returns null when the cell starts with "[" but is not such an array.
 */
export function turnsFromCell(cell: string): string[] | null {
  const start = cell.trimStart();
  if (!start.startsWith('[')) return [cell];
  try {
    return userTurnsFromJson(JSON.parse(start));
  } catch {
    return null;
  }
}
