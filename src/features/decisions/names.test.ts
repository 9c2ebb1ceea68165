import { expect, test } from 'vitest';
import { asReviewerId, asStudyId } from '../../domain/ids';
import type { Reviewer } from '../../domain/reviewer';
import { LEAD, reviewerNamer } from './names';

const reviewer = (id: string, name: string, role: Reviewer['role'] = 'reviewer'): Reviewer => ({
  studyId: asStudyId('s'),
  reviewerId: asReviewerId(id),
  name,
  initials: name.slice(0, 2),
  role,
});
const [ann, ben, cy, dana] = [
  reviewer('a', 'Ann'),
  reviewer('b', 'Ben'),
  reviewer('c', 'Cy'),
  reviewer('d', 'Dana', 'lead'),
];

test("anonymized, the sample's reviewers are numbered in its order, then the study's other reviewers", () => {
  const nameOf = reviewerNamer([ben, ann], [ann, ben, cy, dana], true);
  expect(['b', 'a', 'c', 'd'].map(nameOf)).toEqual(['Reviewer 1', 'Reviewer 2', 'Reviewer 3', 'Reviewer 4']);
  expect([LEAD, 'automatic'].map(nameOf)).toEqual(['Lead', 'automatic']);
});

test('not anonymized, everyone by name', () => {
  const nameOf = reviewerNamer([ben, ann], [ann, ben, cy, dana], false);
  expect(['b', 'a', 'c', 'd', 'unknown'].map(nameOf)).toEqual(['Ben', 'Ann', 'Cy', 'Dana', 'unknown']);
});
