import { expect, test } from 'vitest';
import { tempFiles } from '../../tests/support/cli-process.ts';
import { comparedRunsOnGold } from '../../tests/support/run-comparison-fixture.ts';
import { ratingsToLongCsv } from '../domain/formats/ratings-export.ts';
import { goldLabelsCsv } from '../domain/report/gold-labels-csv.ts';
import { compareModelsCli } from './compare-models.ts';

const file = tempFiles('concord-run-comparison-');

// The report's run comparison and the files it exports: the command prints the same numbers.
test('the report’s run comparison equals npm run compare-models on the files they are exported as', () => {
  const { rows, gold: goldOf, comparison: app } = comparedRunsOnGold();
  const cli = compareModelsCli([
    file('runs.csv', ratingsToLongCsv(rows)),
    '--gold',
    file('gold.csv', goldLabelsCsv(goldOf)),
    '--models',
    'A,B',
    '--resamples',
    '200',
  ]);
  expect(app.mcnemar).toEqual({ onlyFirstCorrect: 4, onlySecondCorrect: 2, p: 0.6875 });
  expect(cli).toMatchObject({
    items: app.items,
    models: app.models.map((m) => ({ rater: m.rater, accuracy: m.accuracy.value, macroF1: m.macroF1.value })),
    mcnemar: app.mcnemar,
    macroF1Difference: app.macroF1Difference,
  });
});
