import { describe, expect, it } from 'vitest';
import { parseDelimited } from './delimited';
import { validateLlmLabels, type LlmLabelValidationContext } from './validate-llm-labels';

const context: LlmLabelValidationContext = {
  studyIds: new Set(['t1', 't2', 't3', 't4']),
  codebookLabels: new Set(['Coding', 'Brainstorming', 'Other']),
};
const mapping = { threadId: 'thread_id', llmLabel: 'label', llmModel: 'model' };

describe('validateLlmLabels', () => {
  const table = parseDelimited(
    'thread_id,label,model\n t1 ,Coding,gpt-4o\nt1,Other,gpt-4o-mini\nt1,Other,gpt-4o\nzz,Coding,gpt-4o\nt2,,gpt-4o\nt3,Ideas,gpt-4o\n,Coding,gpt-4o\nt4,brainstorming,\n',
  );

  it('keeps valid rows and reports every problem with its row', () => {
    const v = validateLlmLabels(table, mapping, context);
    expect(v.valid).toEqual([
      { threadId: 't1', label: 'Coding', model: 'gpt-4o', sourceRow: 2 },
      { threadId: 't1', label: 'Other', model: 'gpt-4o-mini', sourceRow: 3 },
      { threadId: 't4', label: 'Brainstorming', model: null, sourceRow: 9 },
    ]);
    expect(v.problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [4, 'duplicate-id-in-file', 'error'],
      [5, 'unknown-thread', 'error'],
      [6, 'empty-label', 'error'],
      [7, 'unknown-label', 'error'],
      [8, 'missing-id', 'error'],
    ]);
    expect(v.problems[0]?.message).toBe('Row 4: thread "t1" (model "gpt-4o") already has a label in row 2.');
    expect(v.unknownLabels).toEqual([{ label: 'Ideas', count: 1 }]);
    expect(v.rowsRead).toBe(8);
  });

  it('applies the label map, dropping labels mapped to null', () => {
    const v = validateLlmLabels(table, mapping, { ...context, labelMap: new Map([['Ideas', null]]) });
    expect(v.unknownLabels).toEqual([]);
    expect(v.dropped).toBe(1);
    const w = validateLlmLabels(table, mapping, { ...context, labelMap: new Map([['Ideas', 'Brainstorming']]) });
    expect(w.valid.map((l) => l.label)).toContain('Brainstorming');
  });

  it('treats the same thread as a duplicate when no model column is mapped', () => {
    const v = validateLlmLabels(table, { threadId: 'thread_id', llmLabel: 'label' }, context);
    expect(v.problems.filter((p) => p.code === 'duplicate-id-in-file').map((p) => p.row)).toEqual([3, 4]);
  });

  it('throws without a thread id or label column', () => {
    expect(() => validateLlmLabels(table, { threadId: 'thread_id' }, context)).toThrow(
      /validateLlmLabels: mapping.threadId and mapping.llmLabel are required/,
    );
  });
});
