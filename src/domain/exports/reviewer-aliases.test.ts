import { expect, test } from 'vitest';
import { asReviewerId, type ReviewerId } from '../ids';
import { goldTable } from './gold-file';
import { exampleGold } from '../../../tests/support/gold-fixture';
import { aliasedGold, reviewerAliases } from './reviewer-aliases';

const [ana, ben, cy, dee] = ['ana', 'ben', 'cy', 'dee'].map(asReviewerId) as [
  ReviewerId,
  ReviewerId,
  ReviewerId,
  ReviewerId,
];

test("aliases number the samples' reviewers in order of appearance, then the other reviewers of the study", () => {
  const aliases = reviewerAliases(
    [{ reviewerId: ana }, { reviewerId: ben }, { reviewerId: cy }, { reviewerId: dee }],
    [{ reviewerIds: [cy, ana] }, { reviewerIds: [ana, ben] }],
  );
  expect([...aliases]).toEqual([
    [cy, 'Reviewer 1'],
    [ana, 'Reviewer 2'],
    [ben, 'Reviewer 3'],
    [dee, 'Reviewer 4'],
  ]);
});

test('an anonymised gold table names no reviewer: columns, adjudicator and decider are aliases', () => {
  const input = exampleGold();
  const aliases = reviewerAliases(input.studyReviewers, [{ reviewerIds: input.reviewers.map((r) => r.reviewerId) }]);
  const table = goldTable(aliasedGold(input, aliases));
  expect(table.columns.filter((c) => c.startsWith('label_'))).toEqual([
    'label_reviewer_1',
    'label_reviewer_2',
    'label_reviewer_3',
  ]);
  expect(table.rows[2]).toMatchObject({
    label_reviewer_1: 'Other',
    adjudicator: 'Reviewer 4',
    decided_by: 'Reviewer 2',
    note_reviewer_1: '=unsure, "very"',
  });
  const text = JSON.stringify(table);
  for (const name of ['Ana', 'Ben', 'Cy', 'Dee']) expect(text).not.toContain(name);
  expect(input.reviewers[0]!.name).toBe('Cy');
});
