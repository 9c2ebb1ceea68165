import { expect, test } from 'vitest';
import { comparedRunsOnGold } from '../../../tests/support/run-comparison-fixture';
import { runComparisonSentence } from './run-comparison-sentence';

test('the methods sentence names both runs (with the model where it differs), their accuracy and macro F1, the difference and McNemar', () => {
  const c = comparedRunsOnGold().comparison;
  const sentence = runComparisonSentence(c, [
    { name: 'Prompt v1', model: 'gpt-4o' },
    { name: 'gpt-4o', model: 'gpt-4o' },
  ]);
  expect(sentence).toMatch(
    /^Two LLM runs were compared on the 10 threads with a final \(gold\) label that both labeled: “Prompt v1” \(gpt-4o\) had accuracy 0\.800 \(95% CI /,
  );
  expect(sentence).toMatch(
    /“gpt-4o” had accuracy 0\.600 .*first minus second\) was 0\.200 \(95% CI .*; paired bootstrap, 200 resamples\)/,
  );
  expect(sentence).toMatch(/b = 4 \(only the first correct\), c = 2 \(only the second correct\), p = 0\.688\.$/);
});
