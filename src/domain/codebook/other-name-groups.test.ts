import { describe, expect, it } from 'vitest';
import { asLlmRunId, asReviewerId, asThreadId } from '../ids';
import { describeOtherNameSources, groupOtherNames } from './other-name-groups';

const suggestion = (text: string, thread: string, reviewer: string) => ({
  suggestion: text,
  threadId: asThreadId(thread),
  reviewerId: asReviewerId(reviewer),
});
const gptX = {
  runId: asLlmRunId('run-x'),
  model: 'gpt-x',
  names: { t1: 'badge PRINTING', t5: 'Badge printing.', t6: 'Parking', t7: ' ' },
};
const gptY = { runId: asLlmRunId('run-y'), model: 'gpt-y', names: { t8: 'Parking' } };

describe('groupOtherNames', () => {
  it("puts the reviewers' suggestions and the LLM's names of the same folded text in one group, sources apart", () => {
    const groups = groupOtherNames(
      [
        suggestion('Badge printing', 't1', 'r1'),
        suggestion(' badge  printing', 't2', 'r2'),
        suggestion('Recipes', 't3', 'r1'),
      ],
      [gptX, gptY],
    );
    expect(groups.map((g) => [g.key, g.name])).toEqual([
      ['badge printing', 'Badge printing'],
      ['parking', 'Parking'],
      ['recipes', 'Recipes'],
    ]);
    const [badge, parking, recipes] = groups;
    expect(badge!.reviewers).toEqual({ count: 2, reviewerIds: ['r1', 'r2'], threadIds: ['t1', 't2'] });
    expect(badge!.llmRuns).toEqual([{ runId: 'run-x', model: 'gpt-x', threadIds: ['t1', 't5'] }]);
    expect(badge!.spellings).toEqual([
      { text: 'Badge printing', count: 2 },
      { text: 'badge PRINTING', count: 1 },
      { text: 'badge printing', count: 1 },
    ]);
    expect(parking!.reviewers).toBeNull();
    expect(parking!.llmRuns.map((r) => [r.model, r.threadIds])).toEqual([
      ['gpt-x', ['t6']],
      ['gpt-y', ['t8']],
    ]);
    expect(recipes!.llmRuns).toEqual([]);
  });

  it('gives no groups for no names, and leaves blank LLM names out', () => {
    expect(groupOtherNames([], [])).toEqual([]);
    expect(groupOtherNames([], [{ ...gptY, names: { t1: '  ', t2: '.' } }])).toEqual([]);
  });
});

describe('describeOtherNameSources', () => {
  it('says how many reviewers and threads, and each run with its threads', () => {
    const [badge, parking] = groupOtherNames(
      [suggestion('Badge printing', 't1', 'r1'), suggestion('Badge printing', 't2', 'r2')],
      [gptX, gptY],
    );
    expect(describeOtherNameSources(badge!)).toBe('2 reviewers: 2 threads; LLM run gpt-x: 2 threads');
    expect(describeOtherNameSources(parking!)).toBe('LLM run gpt-x: 1 thread; LLM run gpt-y: 1 thread');
  });
});
