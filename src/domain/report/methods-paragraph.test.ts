import { expect, test } from 'vitest';
import { computeAgreementReport } from '../agreement/agreement-report';
import { ratingsMatrixFromRows, type RatingRow } from '../agreement/ratings-matrix';
import type { SampleManifest } from '../sampling/sample-manifest';
import { methodsParagraph, type MethodsInput } from './methods-paragraph';

const labels: Record<string, [string, string, string, string]> = {
  // item: [Ann, Ben, Cy, LLM]
  t1: ['a', 'a', 'a', 'a'],
  t2: ['a', 'a', 'b', 'a'],
  t3: ['b', 'b', 'b', 'b'],
  t4: ['b', 'c', 'c', 'c'],
  t5: ['c', 'c', 'c', 'a'],
  t6: ['a', 'b', 'c', 'b'],
  t7: ['a', 'a', 'a', 'a'],
  t8: ['c', 'c', 'b', 'c'],
};
const raters = ['Ann', 'Ben', 'Cy', 'LLM'];
const rows: RatingRow[] = Object.entries(labels).flatMap(([itemId, ls]) =>
  ls.map((label, r) => ({ itemId, raterId: raters[r]!, label })),
);
const gold = new Map([
  ['t1', 'a'],
  ['t2', 'a'],
  ['t3', 'b'],
  ['t4', 'c'],
  ['t5', 'c'],
  ['t7', 'a'],
  ['t8', 'c'],
]);

const manifest = {
  algorithm: 'concord-stratified-v1',
  seed: 42,
  size: 8,
  filters: {
    frequentOnly: true,
    frequentThreshold: 5,
    departments: ['Cardiology', 'IT'],
    roles: null,
    dateFrom: null,
    dateTo: null,
    llmLabels: null,
    includePreviouslySampled: false,
  },
  llmRun: { runId: 'run-1', model: 'gpt-4o' },
  stratification: { by: 'llmLabel', allocation: 'proportional' },
  population: { threadsInStudy: 30503, matchingFilters: 25402, previouslySampledExcluded: 100, size: 25302 },
  strata: [
    { name: 'a', population: 1, sampled: 1 },
    { name: 'b', population: 1, sampled: 1 },
    { name: 'c', population: 1, sampled: 1 },
  ],
} as unknown as SampleManifest;

function input(
  overrides: Partial<MethodsInput> = {},
  reportRows = rows,
  options = { bootstrap: true, gold: true },
): MethodsInput {
  const report = computeAgreementReport(ratingsMatrixFromRows(reportRows), {
    modelRater: 'LLM',
    ...(options.gold ? { gold } : {}),
    ...(options.bootstrap ? { bootstrap: { seed: 1, resamples: 200 } } : {}),
  });
  return {
    study: { threadCount: 30503, frequentUserThreshold: 5, byUser: { u1: 6, u2: 5, u3: 1200, u4: 1 } },
    samples: [{ name: 'Pilot', size: 8, seed: 42, reviewers: 3, manifest }],
    reviewerCount: 3,
    codebooks: [{ version: 2, categories: 11 }],
    outcomes: {
      total: 8,
      sameLabel: 3,
      unanimous: 3,
      majority: 2,
      consensus: 1,
      adjudicated: 1,
      adjudicatedByRater: 0,
      awaitingDecision: 1,
      incomplete: 0,
    },
    report,
    llmModel: 'gpt-4o',
    prefixedItems: false,
    labelsPerThread: Object.keys(labels).map((item) => ({
      labels: reportRows.filter((r) => r.itemId === item && r.raterId !== 'LLM' && r.label !== null).length,
      reviewers: 3,
    })),
    ...overrides,
  };
}

const f3 = (x: number | null | undefined) => x!.toFixed(3);

test('the paragraph carries the population, the draw, the reviewers and how disagreements were resolved', () => {
  const text = methodsParagraph(input());
  expect(text).toContain(
    'The study held 30,503 threads from 4 users; 2 users had more than 5 threads (frequent users), with 1,206 threads in all.',
  );
  expect(text).toContain(
    'Sample "Pilot" (8 threads, seed 42) was drawn by stratified random sampling by the LLM\'s label (gpt-4o) with proportional allocation over 3 strata from 25,302 eligible threads',
  );
  expect(text).toContain(
    'threads of frequent users, those with more than 5 threads; departments "Cardiology" and "IT"; excluding 100 threads already in earlier samples',
  );
  expect(text).toContain(
    "labeled independently by the same 3 reviewers, blind to each other's labels and to the LLM's label, using codebook version 2 (11 categories)",
  );
  expect(text).toContain(
    'Of the 8 threads, 3 received the same label from every reviewer. Of the final labels, 3 came from unanimous agreement, 2 from accepting the majority label, 1 from consensus discussion among the reviewers, and 1 from adjudication by a named reviewer (0 who had labeled the thread, 1 who had not); 1 remains undecided (1 awaiting a decision, 0 not yet labeled by every reviewer).',
  );
});

test('adjudications are counted by whether the adjudicator had labeled the thread', () => {
  const base = input().outcomes;
  const text = methodsParagraph(input({ outcomes: { ...base, consensus: 0, adjudicated: 3, adjudicatedByRater: 2 } }));
  expect(text).toContain('and 3 from adjudication by a named reviewer (2 who had labeled the thread, 1 who had not);');
});

test('each statistic appears with 3 decimals and its bootstrap interval', () => {
  const i = input();
  const r = i.report;
  const text = methodsParagraph(i);
  const boot = (e: { bootstrap: { lower: number | null; upper: number | null } | null }) =>
    `95% CI ${f3(e.bootstrap!.lower)} to ${f3(e.bootstrap!.upper)}`;
  expect(text).toContain(
    `percent agreement (every reviewer giving the same label) was ${f3(r.percentAgreement.value)} (${boot(r.percentAgreement)}; 8 threads labeled by every reviewer)`,
  );
  expect(text).toContain(`Fleiss' kappa ${f3(r.fleiss.value)} (${boot(r.fleiss)}; `);
  expect(text).toContain(
    `Krippendorff's alpha (nominal) ${f3(r.krippendorff.value)} (${boot(r.krippendorff)}; 8 threads with at least two labels`,
  );
  const sorted = [...r.cohen].sort((x, y) => x.value! - y.value!);
  expect(text).toContain(
    `Cohen's kappa over the 3 pairs of reviewers ranged from ${f3(sorted[0]!.value)} (${sorted[0]!.a} and ${sorted[0]!.b}; ${boot(sorted[0]!)}) to ${f3(sorted[2]!.value)}`,
  );
  const g = r.model!.gold!;
  expect(text).toContain(
    `The LLM (gpt-4o) was compared with the final (gold) labels of 7 threads: accuracy ${f3(g.accuracy.value)} (${boot(g.accuracy)}), macro-averaged F1 ${f3(g.macroF1.value)} (${boot(g.macroF1)})`,
  );
  for (const c of r.model!.cohen) expect(text).toContain(`${f3(c.value)} (${c.b}; ${boot(c)})`);
  expect(text).toContain(
    '95% confidence intervals (CI) are nonparametric percentile bootstrap intervals over threads (200 resamples, seed 1).',
  );
  expect(text).not.toMatch(/NaN|Infinity|null/);
});

test('without a bootstrap the analytic intervals are used and said so', () => {
  const i = input({}, rows, { bootstrap: false, gold: true });
  const text = methodsParagraph(i);
  const ci = i.report.fleiss.ci!;
  expect(text).toContain(`Fleiss' kappa ${f3(i.report.fleiss.value)} (95% CI ${f3(ci.lower)} to ${f3(ci.upper)}; `);
  expect(text).toContain(
    `Krippendorff's alpha (nominal) ${f3(i.report.krippendorff.value)} (8 threads with at least two labels`,
  );
  expect(text).toContain('95% confidence intervals (CI) are analytic');
  expect(text).toContain(
    "Wald intervals for kappas (Gwet's variance for Fleiss' kappa, Fleiss, Cohen and Everitt's for Cohen's kappa), truncated to the range of kappa, −1 to 1;",
  );
});

test('undefined statistics are written as undefined with their reason', () => {
  // Cy rated nothing: no complete item, so percent agreement and Fleiss are undefined.
  const sparse = rows.map((r) => (r.raterId === 'Cy' ? { ...r, label: null } : r));
  const text = methodsParagraph(input({}, sparse, { bootstrap: false, gold: false }));
  expect(text).toMatch(
    /percent agreement \(every reviewer giving the same label\) was undefined \(no item was rated by every rater \(rated nothing: "Cy"\)\)/,
  );
  expect(text).toMatch(/Fleiss' kappa undefined \(/);
  expect(text).toMatch(
    /Cohen's kappa was \d\.\d{3} \(Ann and Ben; 95% CI [-\d.]+ to [-\d.]+\) for the one pair of reviewers where it is defined and undefined for 2 pairs \(/,
  );
  expect(text).toContain('and undefined (Cy: no item was rated by both raters)');
  expect(text).toContain('The LLM (gpt-4o) was not compared with gold labels: no thread had a final label yet.');
  expect(text).not.toMatch(/NaN|null/);
});

test('"labeled independently by 3 reviewers" only when every thread has 3 labels; else how many did', () => {
  expect(methodsParagraph(input())).toContain('Each thread was labeled independently by the same 3 reviewers, blind');
  // Ann and Ben labeled every thread, Cy only t1 to t5.
  const partial = rows.filter((r) => !(r.raterId === 'Cy' && ['t6', 't7', 't8'].includes(r.itemId)));
  const text = methodsParagraph(input({}, partial, { bootstrap: false, gold: true }));
  expect(text).toContain(
    "5 of 8 threads were labeled independently by all 3 reviewers, the rest by 2, blind to each other's labels and to the LLM's label, using codebook version 2 (11 categories).",
  );
  expect(text).not.toContain('Each thread was labeled');
  // Ben labeled only t1, Cy t1 and t2: the rest is broken down.
  const uneven = rows.filter(
    (r) => (r.raterId !== 'Ben' || r.itemId === 't1') && (r.raterId !== 'Cy' || ['t1', 't2'].includes(r.itemId)),
  );
  expect(methodsParagraph(input({}, uneven, { bootstrap: false, gold: false }))).toContain(
    '1 of 8 threads was labeled independently by all 3 reviewers, the rest by fewer (1 by 2 and 6 by 1), blind',
  );
});

test('with no label yet the paragraph describes the draw and says there is nothing to report', () => {
  const llmOnly = rows.filter((r) => r.raterId === 'LLM');
  const text = methodsParagraph(
    input(
      {
        outcomes: {
          total: 8,
          sameLabel: 0,
          unanimous: 0,
          majority: 0,
          consensus: 0,
          adjudicated: 0,
          adjudicatedByRater: 0,
          awaitingDecision: 0,
          incomplete: 8,
        },
      },
      llmOnly,
      { bootstrap: false, gold: false },
    ),
  );
  expect(text).toContain('Sample "Pilot" (8 threads, seed 42) was drawn');
  expect(text).toMatch(/No reviewer has labeled any of the 8 threads yet: there is nothing to report\.$/);
  expect(text).not.toMatch(/undefined|labeled independently|Cohen|Fleiss|NaN|null/);
});

test('several samples are pooled; a sample without a manifest and a study without user ids are said plainly', () => {
  const text = methodsParagraph(
    input({
      study: { threadCount: 1234, frequentUserThreshold: 5, byUser: {} },
      samples: [
        { name: 'Pilot', size: 4, seed: 42, reviewers: 3, manifest },
        { name: 'Second', size: 4, seed: 7, reviewers: 2, manifest: null },
      ],
      reviewerCount: 4,
      codebooks: [
        { version: 1, categories: 10 },
        { version: 2, categories: 11 },
      ],
      prefixedItems: true,
    }),
  );
  expect(text).toContain('The study held 1,234 threads (without user ids, so frequent users were not counted).');
  expect(text).toContain('Sample "Second" (4 threads, seed 7) has no record of how it was drawn.');
  expect(text).toContain('by the 2 to 3 reviewers of its sample (4 in all)');
  expect(text).toContain('codebook versions 1 (10 categories) and 2 (11 categories)');
  expect(text).toContain(
    'Pooling the 8 threads of the 2 samples (a thread drawn in more than one sample counts once per sample), among the 3 reviewers, percent agreement',
  );
});

test('without LLM labels the paragraph says so', () => {
  const humans = rows.filter((r) => r.raterId !== 'LLM');
  const report = computeAgreementReport(ratingsMatrixFromRows(humans));
  const text = methodsParagraph({ ...input(), report, llmModel: null });
  expect(text).toContain('No LLM labels were included.');
});
