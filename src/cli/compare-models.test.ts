import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, tempFiles } from '../../tests/support/cli-process.ts';
import { compareModelsCli } from './compare-models.ts';

const run = (...args: string[]) => runScript('src/cli/compare-models.ts', ...args);
const file = tempFiles('concord-compare-');

// The example of model-comparison.test.ts in long format, with a reviewer too: gold x × 5,
// y × 5; run-a right on 8, run-b on 6; only run-a right on 4, only run-b on 2.
const goldLabels = 'xxxxxyyyyy';
const runs = { 'run-a': 'xxxxyyyyyx', 'run-b': 'xxyyxyyxxy', ann: 'xxxxxyyyyy' };
const id = (i: number) => `t${String(i + 1).padStart(2, '0')}`;
const ratings = file(
  'ratings.csv',
  [
    'item_id,rater_id,label',
    ...Object.entries(runs).flatMap(([rater, labels]) => [...labels].map((label, i) => `${id(i)},${rater},${label}`)),
    't11,run-a,x',
    't11,run-b,',
  ].join('\n'),
);
const gold = file('gold.csv', ['item_id,label', ...[...goldLabels].map((g, i) => `${id(i)},${g}`), 't11,x'].join('\n'));

// One run of the real command; the other cases call the same main in-process.
describe('npm run compare-models', { timeout: 30_000 }, () => {
  it('prints the specified JSON on the gold items both runs labeled', async () => {
    const { code, stdout, stderr } = await run(
      ratings,
      '--gold',
      gold,
      '--models',
      'run-a,run-b',
      '--resamples',
      '200',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).slice(0, 3)).toEqual(['items', 'models', 'mcnemar']);
    expect(out.items).toBe(10);
    expect(out.models).toEqual([
      { rater: 'run-a', accuracy: 0.8, macroF1: 0.8 },
      { rater: 'run-b', accuracy: 0.6, macroF1: 0.6 },
    ]);
    expect(Object.keys(out.mcnemar)).toEqual(['onlyFirstCorrect', 'onlySecondCorrect', 'p']);
    expect(out.mcnemar).toMatchObject({ onlyFirstCorrect: 4, onlySecondCorrect: 2 });
    expect(out.mcnemar.p).toBeCloseTo(0.6875, 12);
    expect(out.macroF1Difference.value).toBeCloseTo(0.2, 12);
    expect(out.detail.models[0].kappa.value).toBeCloseTo(0.6, 12);
    expect(out.detail.bootstrap).toEqual({ seed: 1, resamples: 200 });
  });

  it('refuses an unknown rater, a bad --models and a missing gold file, naming them', () => {
    expect(() => compareModelsCli([ratings, '--gold', gold, '--models', 'run-a,run-z'])).toThrow(
      `${ratings}: --models "run-z" is not a rater_id of the file`,
    );
    expect(() => compareModelsCli([ratings, '--gold', gold, '--models', 'run-a'])).toThrow(/two different rater ids/);
    expect(() =>
      compareModelsCli([ratings, '--gold', join(dirname(gold), 'nope.csv'), '--models', 'run-a,run-b']),
    ).toThrow(/nope\.csv: cannot read the file/);
    expect(() => compareModelsCli([ratings, '--models', 'run-a,run-b'])).toThrow(/--gold and --models are required/);
  });

  it('refuses a gold file with a problem by its row', () => {
    const bad = file('bad-gold.csv', 'item_id,label\nt01,x\nt01,y\n');
    expect(() => compareModelsCli([ratings, '--gold', bad, '--models', 'run-a,run-b'])).toThrow(
      `${bad}: row 3: item "t01" has a second gold label row (first at row 2)`,
    );
  });
});
