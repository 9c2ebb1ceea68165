import { describe, expect, it } from 'vitest';
import { runScript, tempFiles } from '../../tests/support/cli-process.ts';
import { prevalence } from './prevalence.ts';

const run = (...args: string[]) => runScript('src/cli/prevalence.ts', ...args);
const file = tempFiles('concord-prevalence-');

// The 10-thread example of reclassification-shares.test.ts, plus one unlabeled thread.
const labels = file(
  'labels.csv',
  [
    'thread_id,label',
    't01,A',
    't02,A',
    't03,A',
    't04,A',
    't05,A',
    't06,B',
    't07,B',
    't08,B',
    't09,C',
    't10,C',
    't11,',
  ].join('\n'),
);
const gold = file('gold.csv', 'item_id,label\nt01,A\nt02,A\nt03,B\nt06,A\nt07,B\n');
// Concord's gold file as exported: threads without a final label are skipped.
const exported = file(
  'exported-gold.csv',
  [
    'thread_id,final_label,decision_method,status,label_Ann,label_Bob,llm_label',
    't01,A,unanimous,final,A,A,A',
    't02,A,consensus,final,A,B,A',
    't03,B,majority,final,B,B,A',
    't04,,,needs decision,A,B,A',
    't06,A,adjudicated,final,A,B,B',
    't07,B,unanimous,final,B,B,B',
  ].join('\n'),
);

// Two runs of the real command (JSON on stdout, exit code and message on stderr); the other
// cases call the same main in-process, which is what the command prints.
describe('npm run prevalence', { timeout: 30_000 }, () => {
  it('prints the specified JSON with the corrected shares worked by hand', async () => {
    const { code, stdout, stderr } = await run('--labels', labels, '--gold', gold, '--draws', '2000');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).slice(0, 6)).toEqual([
      'threads',
      'unlabeled',
      'goldItems',
      'method',
      'unvalidated',
      'categories',
    ]);
    expect(out).toMatchObject({
      threads: 10,
      unlabeled: 1,
      goldItems: 5,
      method: 'reclassification',
      unvalidated: ['C'],
      seed: 1,
      draws: 2000,
    });
    expect(out.categories.map((c: { label: string }) => c.label)).toEqual(['A', 'B', 'C']);
    expect(Object.keys(out.categories[0])).toEqual(['label', 'llmCount', 'llmShare', 'goldItems', 'corrected', 'ci']);
    expect(out.categories[0].corrected).toBeCloseTo(0.48333333, 8);
    expect(out.categories[1].corrected).toBeCloseTo(0.31666667, 8);
    expect(out.categories[2]).toMatchObject({ llmCount: 2, llmShare: 0.2, goldItems: 0, corrected: 0.2 });
  });

  it("reads Concord's gold file as it is and gives the same numbers", () => {
    expect(prevalence(['--labels', labels, '--gold', exported])).toEqual(
      prevalence(['--labels', labels, '--gold', gold]),
    );
  });

  it('reproduces the interval from the seed and changes it with another', () => {
    const ci = (seed: string) =>
      (
        prevalence(['--labels', labels, '--gold', gold, '--seed', seed, '--draws', '500']).categories as {
          ci: number[];
        }[]
      )[0]!.ci;
    expect(ci('7')).toEqual(ci('7'));
    expect(ci('7')).not.toEqual(ci('8'));
  });

  it('exits 1 naming the file, the row and the id of a gold item missing from the labels', async () => {
    const bad = file('bad-gold.csv', 'item_id,label\nt01,A\nt99,B\n');
    const { code, stdout, stderr } = await run('--labels', labels, '--gold', bad);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`prevalence: ${bad}: row 3: item "t99" is not a thread of ${labels}\n`);
  });

  it('refuses a gold sample stratified by department, with the reason', () => {
    const manifest = file(
      'manifest.json',
      JSON.stringify({
        format: 'concord-sample-manifest',
        filters: {
          frequentOnly: false,
          frequentThreshold: null,
          departments: null,
          roles: null,
          dateFrom: null,
          dateTo: null,
          llmLabels: null,
          includePreviouslySampled: false,
        },
        stratification: { by: 'department', allocation: 'equal' },
        population: { threadsInStudy: 11, matchingFilters: 11, previouslySampledExcluded: 0, size: 11 },
      }),
    );
    expect(() => prevalence(['--labels', labels, '--gold', gold, '--manifest', manifest])).toThrow(
      /refused: the gold sample was stratified by department/,
    );
  });

  it('says which population the gold sample speaks for, and refuses another one', () => {
    const design = (matchingFilters: number) =>
      file(
        `m${matchingFilters}.json`,
        JSON.stringify({
          format: 'concord-sample-manifest',
          filters: {
            frequentOnly: true,
            frequentThreshold: 5,
            departments: null,
            roles: null,
            dateFrom: null,
            dateTo: null,
            llmLabels: null,
            includePreviouslySampled: false,
          },
          stratification: { by: 'llmLabel', allocation: 'proportional' },
          population: { threadsInStudy: 40, matchingFilters, previouslySampledExcluded: 0, size: matchingFilters },
        }),
      );
    expect(prevalence(['--labels', labels, '--gold', gold, '--manifest', design(11)]).goldSample).toMatchObject({
      stratifiedBy: 'llmLabel',
      populationThreads: 11,
      filters: { frequentOnly: true, frequentThreshold: 5 },
    });
    expect(() => prevalence(['--labels', labels, '--gold', gold, '--manifest', design(30)])).toThrow(
      /speaks for the 30 threads that matched its filters when it was drawn, not for these 11 threads/,
    );
  });

  it('refuses a repeated thread, an unlabeled population and bad options', () => {
    const repeated = file('repeated.csv', 'thread_id,label\nt01,A\nt01,B\n');
    expect(() => prevalence(['--labels', repeated, '--gold', gold])).toThrow(
      `${repeated}: row 3: thread "t01" appears again (first at row 2)`,
    );
    const none = file('none.csv', 'thread_id,label\nt01,\n');
    expect(() => prevalence(['--labels', none, '--gold', file('g0.csv', 'item_id,label\n')])).toThrow(
      /no thread has a label/,
    );
    expect(() => prevalence(['--labels', labels])).toThrow(/--labels and --gold are required/);
    expect(() => prevalence(['--labels', labels, '--gold', gold, '--draws', '0'])).toThrow(
      /--draws must be an integer ≥ 1/,
    );
    expect(() =>
      prevalence(['--labels', labels, '--gold', gold, '--manifest', file('x.json', '{"format":"other"}')]),
    ).toThrow(/not a Concord sample manifest: format/);
  });
});
