import { describe, expect, it } from 'vitest';
import { autoMapColumns, describeMappingProblems, normalizeHeader, type ThreadField } from './column-mapping';

const fieldFor = (header: string): ThreadField | undefined => {
  const mapping = autoMapColumns([header]);
  return (Object.keys(mapping) as ThreadField[])[0];
};

describe('autoMapColumns', () => {
  it.each<[string, ThreadField]>([
    ['thread id', 'threadId'],
    ['thread_id', 'threadId'],
    ['ThreadID', 'threadId'],
    ['Thread-Id', 'threadId'],
    ['conversation_id', 'threadId'],
    ['id', 'threadId'],
    ['ID', 'threadId'],
    ['item_id', 'threadId'],
    ['text', 'text'],
    ['Prompt', 'text'],
    ['prompts', 'text'],
    ['user_prompts', 'text'],
    ['User Prompts', 'text'],
    ['message', 'text'],
    ['content', 'text'],
    ['all_user_prompt_text', 'text'],
    ['turns', 'turns'],
    ['llm label', 'llmLabel'],
    ['llm_label', 'llmLabel'],
    ['LLM-Label', 'llmLabel'],
    ['label', 'llmLabel'],
    ['category', 'llmLabel'],
    ['predicted_label', 'llmLabel'],
    ['gpt_label', 'llmLabel'],
    ['GPT-4o category', 'llmLabel'],
    ['model', 'llmModel'],
    ['llm_model', 'llmModel'],
    ['user id', 'userId'],
    ['user', 'userId'],
    ['userid', 'userId'],
    ['Employee ID', 'userId'],
    ['department', 'department'],
    ['Dept', 'department'],
    ['Department Name', 'department'],
    ['role', 'role'],
    ['Job Title', 'role'],
    ['created at', 'createdAt'],
    ['date', 'createdAt'],
    ['timestamp', 'createdAt'],
    ['created', 'createdAt'],
    ['Created_At_UTC', 'createdAt'],
  ])('maps %j to %s', (header, field) => {
    expect(fieldFor(header)).toBe(field);
  });

  it('never takes a human label for the LLM label, or an update time for the creation time', () => {
    expect(fieldFor('human_label')).toBeUndefined();
    expect(fieldFor('Gold Category')).toBeUndefined();
    expect(fieldFor('updated_at')).toBeUndefined();
  });

  it('prefers exact names over fuzzy ones and maps each header once', () => {
    expect(
      autoMapColumns(['user_prompt_text', 'id', 'thread_id', 'Text', 'Category', 'llm_label', 'User', 'Department']),
    ).toEqual({
      threadId: 'thread_id',
      text: 'Text',
      llmLabel: 'llm_label',
      userId: 'User',
      department: 'Department',
    });
    expect(autoMapColumns(['conversation_id', 'user_prompts', 'user_id'])).toEqual({
      threadId: 'conversation_id',
      text: 'user_prompts',
      userId: 'user_id',
    });
  });

  it('maps nothing from unknown headers', () => {
    expect(autoMapColumns([])).toEqual({});
    expect(autoMapColumns(['foo', 'bar'])).toEqual({});
  });

  it('normalizes case, spaces, underscores, hyphens and dots', () => {
    expect(normalizeHeader(' Thread_ID-no. (1) ')).toBe('threadidno1');
  });
});

describe('describeMappingProblems', () => {
  it('requires a thread id and the text or turns', () => {
    expect(describeMappingProblems({}).map((p) => p.field)).toEqual(['threadId', 'text']);
    expect(describeMappingProblems({ threadId: 'id', turns: 'turns' })).toEqual([]);
  });

  it('requires a label for an LLM labels file', () => {
    expect(describeMappingProblems({ threadId: 'id' }, { kind: 'llm-labels' }).map((p) => p.field)).toEqual([
      'llmLabel',
    ]);
  });

  it('reports unknown columns and a column used twice', () => {
    const problems = describeMappingProblems({ threadId: 'id', text: 'id', role: 'Role' }, { headers: ['id', 'text'] });
    expect(problems.map((p) => p.message)).toEqual([
      'The column "id" is already used for the thread id.',
      'The file has no column "Role".',
    ]);
  });
});
