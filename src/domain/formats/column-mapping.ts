/** The thread attributes an import file's columns can provide. */
export type ThreadField =
  'threadId' | 'text' | 'turns' | 'llmLabel' | 'llmModel' | 'userId' | 'department' | 'role' | 'createdAt';

/** Field -> header name of the column that holds it. Absent = the file has no such column. */
export type ColumnMapping = Partial<Record<ThreadField, string>>;

export const THREAD_FIELDS: readonly ThreadField[] = [
  'threadId',
  'text',
  'turns',
  'llmLabel',
  'llmModel',
  'userId',
  'department',
  'role',
  'createdAt',
];

/** How each field is named to the user. */
export const THREAD_FIELD_LABELS: Record<ThreadField, string> = {
  threadId: 'thread id',
  text: 'text',
  turns: 'turns',
  llmLabel: 'LLM label',
  llmModel: 'LLM model',
  userId: 'user id',
  department: 'department',
  role: 'role',
  createdAt: 'date',
};

/** Header names, normalized (see normalizeHeader), that name a field outright; earlier wins. */
const EXACT: Record<ThreadField, readonly string[]> = {
  threadId: ['threadid', 'conversationid', 'chatid', 'convid', 'itemid', 'sessionid', 'id'],
  text: [
    'text',
    'prompt',
    'prompts',
    'userprompts',
    'userprompt',
    'usertext',
    'threadtext',
    'message',
    'messages',
    'content',
    'conversation',
    'query',
    'input',
  ],
  turns: ['turns', 'userturns'],
  llmLabel: [
    'llmlabel',
    'label',
    'category',
    'predictedlabel',
    'predictedcategory',
    'gptlabel',
    'llmcategory',
    'classification',
    'prediction',
  ],
  llmModel: ['llmmodel', 'model', 'modelname'],
  userId: ['userid', 'user', 'employeeid', 'username', 'employee', 'userhash'],
  department: ['department', 'dept', 'departmentname', 'division'],
  role: ['role', 'jobtitle', 'userrole', 'jobrole', 'position'],
  createdAt: [
    'createdat',
    'date',
    'timestamp',
    'created',
    'datetime',
    'createddate',
    'createdon',
    'time',
    'startedat',
    'starttime',
  ],
};

/** Parts of normalized header names that suggest a field when no exact name matched. */
const FUZZY: Record<ThreadField, readonly string[]> = {
  threadId: ['threadid', 'conversationid', 'chatid'],
  text: ['prompt', 'text', 'message', 'content'],
  turns: ['turns'],
  llmLabel: ['label', 'category', 'classification'],
  llmModel: ['model'],
  userId: ['userid', 'employeeid', 'user'],
  department: ['department', 'dept'],
  role: ['role', 'jobtitle'],
  createdAt: ['createdat', 'timestamp', 'date', 'time'],
};

/** Fuzzy matches that would be wrong: a human label is not the LLM's, an update is not a creation. */
const FUZZY_EXCLUDED: Partial<Record<ThreadField, readonly string[]>> = {
  llmLabel: ['human', 'gold', 'reviewer', 'annotator', 'manual', 'rater', 'consensus', 'adjudicat'],
  createdAt: ['update', 'modified', 'deleted', 'endtime', 'endedat', 'enddate'],
};

/** Lower case, without spaces, underscores, hyphens, dots and brackets: "Thread_ID" -> "threadid". */
export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/[\s_\-.()[\]/#:]+/g, '');

/**
 * Proposes a column for each field from the header names, ignoring case, spaces,
 * underscores, hyphens and dots. First every field takes the first header that is one of
 * its known names (EXACT, in order of preference, e.g. "thread_id" before "id"); then
 * fields still unmapped take the first header that contains one of their keywords
 * (FUZZY: "user_prompt_text" -> text, "GPT-4o category" -> llmLabel, but never a
 * "human label"). Each header serves at most one field. Empty headers give {}.
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (field: ThreadField, index: number) => {
    mapping[field] = headers[index];
    used.add(index);
  };
  for (const field of THREAD_FIELDS) {
    for (const name of EXACT[field]) {
      const index = normalized.findIndex((h, i) => h === name && !used.has(i));
      if (index >= 0) {
        take(field, index);
        break;
      }
    }
  }
  for (const field of THREAD_FIELDS) {
    if (mapping[field] !== undefined) continue;
    const excluded = FUZZY_EXCLUDED[field] ?? [];
    for (const part of FUZZY[field]) {
      const index = normalized.findIndex(
        (h, i) => !used.has(i) && h.includes(part) && !excluded.some((x) => h.includes(x)),
      );
      if (index >= 0) {
        take(field, index);
        break;
      }
    }
  }
  return mapping;
}

export interface MappingProblem {
  /** The field at fault; null for a problem of the whole mapping. */
  field: ThreadField | null;
  message: string;
}

/**
 * What stops a mapping from being used, in words for the user: a threads file needs a
 * thread id and the text (or turns); an LLM labels file needs a thread id and a label.
 * When `headers` is given, a mapped column that is not among them is a problem too; so is
 * a column mapped to two fields. An empty array means the mapping can be used.
 */
export function describeMappingProblems(
  mapping: ColumnMapping,
  options: { kind?: 'threads' | 'llm-labels'; headers?: readonly string[] } = {},
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.threadId) problems.push({ field: 'threadId', message: 'Choose the column that holds the thread id.' });
  if ((options.kind ?? 'threads') === 'threads') {
    if (!mapping.text && !mapping.turns)
      problems.push({ field: 'text', message: 'Choose the column that holds the text of the thread (its prompts).' });
  } else if (!mapping.llmLabel) {
    problems.push({ field: 'llmLabel', message: "Choose the column that holds the LLM's label." });
  }
  const headerSet = options.headers ? new Set(options.headers) : null;
  const fieldOf = new Map<string, ThreadField>();
  for (const field of THREAD_FIELDS) {
    const column = mapping[field];
    if (!column) continue;
    if (headerSet && !headerSet.has(column)) problems.push({ field, message: `The file has no column "${column}".` });
    const other = fieldOf.get(column);
    if (other)
      problems.push({
        field,
        message: `The column "${column}" is already used for the ${THREAD_FIELD_LABELS[other]}.`,
      });
    else fieldOf.set(column, field);
  }
  return problems;
}
