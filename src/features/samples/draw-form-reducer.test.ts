import { describe, expect, test } from 'vitest';
import { asReviewerId } from '../../domain/ids';
import { drawFormProblems, shortfall } from './draw-form-problems';
import { drawFormReducer, drawFormReviewers, drawFormSettings, initialDrawForm } from './draw-form-reducer';

const start = initialDrawForm({ name: 'Sample 1', seed: 7, frequentThreshold: 5, hasUserIds: true });
const [a, b, c] = ['a', 'b', 'c'].map(asReviewerId) as [
  ReturnType<typeof asReviewerId>,
  ReturnType<typeof asReviewerId>,
  ReturnType<typeof asReviewerId>,
];
const reviewers = [
  { reviewerId: a, role: 'reviewer' },
  { reviewerId: b, role: 'lead' },
  { reviewerId: c, role: 'reviewer' },
];

describe('drawFormReducer', () => {
  test('opens with the study threshold, frequent users only when the study has user ids, no filters', () => {
    expect(drawFormSettings(start)).toEqual({
      size: 100,
      seed: 7,
      frequentOnly: true,
      frequentThreshold: 5,
      departments: null,
      roles: null,
      llmLabels: null,
      dateFrom: null,
      dateTo: null,
      stratifyBy: 'none',
      allocation: 'proportional',
      includePreviouslySampled: false,
    });
    expect(initialDrawForm({ name: 'x', seed: 1, frequentThreshold: 5, hasUserIds: false }).frequentOnly).toBe(false);
  });
  test('edits change only their fields; empty lists and dates mean no filter', () => {
    const s = drawFormReducer(start, {
      type: 'edited',
      patch: { departments: ['IT'], dateTo: '2024-02-01', size: '20' },
    });
    expect(drawFormSettings(s)).toMatchObject({
      size: 20,
      departments: ['IT'],
      dateTo: '2024-02-01',
      dateFrom: null,
      roles: null,
    });
    expect(drawFormSettings(drawFormReducer(s, { type: 'edited', patch: { departments: [] } })).departments).toBeNull();
  });
  test('reviewers default to the first three reviewers (not leads) until the lead ticks one', () => {
    expect(drawFormReviewers(start, reviewers)).toEqual([a, c]);
    const withB = drawFormReducer(start, { type: 'reviewerToggled', reviewerId: b, on: true, current: [a, c] });
    expect(drawFormReviewers(withB, reviewers)).toEqual([a, c, b]);
    const withoutA = drawFormReducer(withB, { type: 'reviewerToggled', reviewerId: a, on: false, current: [a, c, b] });
    expect(drawFormReviewers(withoutA, reviewers)).toEqual([c, b]);
  });
  test('a draw goes drawing, then drawn with the next name and a new seed, or failed with its message', () => {
    const drawing = drawFormReducer(start, { type: 'drawStarted' });
    expect(drawing.status).toEqual({ kind: 'drawing' });
    const drawn = drawFormReducer(drawing, { type: 'drawn', message: 'Drew it', nextName: 'Sample 2', nextSeed: 99 });
    expect(drawn).toMatchObject({ name: 'Sample 2', seed: '99', status: { kind: 'drawn', message: 'Drew it' } });
    expect(drawFormReducer(drawing, { type: 'drawFailed', message: 'No room' }).status).toEqual({
      kind: 'failed',
      message: 'No room',
    });
  });
  test('does not change the state it is given', () => {
    const before = JSON.stringify(start);
    drawFormReducer(start, { type: 'edited', patch: { name: 'Other' } });
    expect(JSON.stringify(start)).toBe(before);
  });
});

describe('drawFormProblems', () => {
  const settings = drawFormSettings(start);
  const design = { reviewers: 3, perThread: null };
  test("in the lead's words, never a function or field name", () => {
    const bad = drawFormSettings(
      drawFormReducer(start, {
        type: 'edited',
        patch: { size: '0', seed: '-1', threshold: '1.5', dateFrom: '2024-03-01', dateTo: '2024-02-01' },
      }),
    );
    expect(drawFormProblems(bad, { reviewers: 1, perThread: null }, null)).toEqual([
      'The size must be a whole number of threads, at least 1.',
      'The seed must be a whole number from 0 to 4,294,967,295.',
      '"More than (threads)" must be a whole number, 0 or more.',
      'The "From" date (2024-03-01) is after the "To" date (2024-02-01).',
      'Choose at least two reviewers.',
    ]);
    expect(drawFormProblems(settings, { reviewers: 3, perThread: 3 }, null)).toEqual([
      'Each thread by 3 of the reviewers needs more than 3 reviewers: tick another, or let every reviewer label every thread.',
    ]);
    expect(drawFormProblems(settings, design, { threadsInStudy: 500, steps: [] })).toEqual([]);
  });
  test('a population smaller than the size names the first filter that leaves too few, and how many', () => {
    const steps = [
      { filter: 'frequentUsers' as const, remaining: 300 },
      { filter: 'departments' as const, remaining: 80 },
      { filter: 'previouslySampled' as const, remaining: 60 },
    ];
    expect(shortfall(settings, 2000, steps)).toBe(
      'The department filter leaves 80 threads, fewer than the sample size of 100; after every filter 60 remain.',
    );
    expect(shortfall(settings, 2000, [{ filter: 'frequentUsers', remaining: 40 }])).toBe(
      '"Frequent users only" (more than 5 threads) leaves 40 threads, fewer than the sample size of 100.',
    );
    expect(shortfall(settings, 0, [])).toBe('The study has only 0 threads, fewer than the sample size of 100.');
    expect(shortfall(settings, 2000, [{ filter: 'dates', remaining: 100 }])).toBeNull();
  });
});
