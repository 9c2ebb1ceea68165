import { describe, expect, it } from 'vitest';
import { computeAgreementReport } from './agreement-report.ts';
import { classificationMetrics } from './classification-metrics.ts';

describe('classificationMetrics', () => {
  it('computes accuracy, precision, recall, F1, macro and weighted F1 (worked by hand)', () => {
    // gold rows, model columns:   a  b  c
    const table = [
      5,
      1,
      0, // gold a: support 6
      2,
      3,
      1, // gold b: support 6
      0,
      0,
      0, // gold c: support 0, predicted once
    ];
    const m = classificationMetrics(table, 3);
    expect(m.n).toBe(12);
    expect(m.accuracy.value).toBe(8 / 12);
    const [a, b, c] = m.perCategory;
    expect(a).toMatchObject({
      tp: 5,
      support: 6,
      predicted: 7,
      precision: { value: 5 / 7 },
      recall: { value: 5 / 6 },
      f1: { value: 10 / 13 },
    });
    expect(b).toMatchObject({
      tp: 3,
      support: 6,
      predicted: 4,
      precision: { value: 3 / 4 },
      recall: { value: 3 / 6 },
      f1: { value: 6 / 10 },
    });
    expect(c!.recall).toEqual({ value: null, reason: 'no gold label is this category' });
    expect(c!.f1.value).toBe(0);
    expect(m.macroF1.value).toBeCloseTo((10 / 13 + 6 / 10 + 0) / 3, 15);
    expect(m.weightedF1.value).toBeCloseTo((6 * (10 / 13) + 6 * (6 / 10)) / 12, 15);
  });

  it('gives null precision for a category never predicted, F1 0, and null F1 for an absent category', () => {
    const m = classificationMetrics([2, 0, 0, 1, 0, 0, 0, 0, 0], 3);
    expect(m.perCategory[1]!.precision).toEqual({ value: null, reason: 'the model never predicted this category' });
    expect(m.perCategory[1]!.f1.value).toBe(0);
    expect(m.perCategory[2]!.f1.value).toBeNull();
    expect(m.macroF1.value).toBeCloseTo((0.8 + 0) / 2, 15); // a: 2·2/(2+3); b: 0; c absent
  });

  it('is null everywhere on an empty matrix', () => {
    expect(classificationMetrics([0, 0, 0, 0], 2)).toMatchObject({
      accuracy: { value: null },
      macroF1: { value: null },
    });
  });
});

describe('the model against gold labels in the report', () => {
  const matrix = {
    itemIds: ['t1', 't2', 't3', 't4', 't5'],
    raterIds: ['ann', 'bob', 'llm'],
    ratings: [
      ['x', 'x', 'x'],
      ['y', 'y', 'x'],
      ['y', 'x', 'y'],
      ['x', 'x', null],
      ['y', 'y', 'y'],
    ],
  };
  const gold = new Map([
    ['t1', 'x'],
    ['t2', 'y'],
    ['t3', 'y'],
    ['t4', 'x'],
    ['t5', 'z'],
    ['t9', 'x'],
  ]);

  it('pairs gold and model labels, confusion matrix in sorted categories, gold rows', () => {
    const report = computeAgreementReport(matrix, { modelRater: 'llm', gold });
    const g = report.model!.gold!;
    expect(g.categories).toEqual(['x', 'y', 'z']);
    expect(g.items).toBe(4);
    expect(g.goldWithoutModelLabel).toBe(2); // t4 unrated by the model, t9 not in the data
    expect(g.confusion).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 0],
    ]);
    expect(g.accuracy.value).toBe(0.5);
    expect(g.perCategory[2]!.precision.value).toBeNull();
    expect(report.raters).toEqual(['ann', 'bob']);
    expect(report.model!.cohen.map((c) => [c.a, c.b, c.items])).toEqual([
      ['llm', 'ann', 4],
      ['llm', 'bob', 4],
    ]);
  });

  it('refuses gold labels without a model rater', () => {
    expect(() => computeAgreementReport(matrix, { gold })).toThrow(
      'computeAgreementReport: gold labels need a modelRater',
    );
  });
});
