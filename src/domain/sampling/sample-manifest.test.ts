import { describe, expect, test } from 'vitest';
import { asLlmRunId, asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids';
import type { Sample } from './sample';
import type { ThreadMeta } from '../threads/thread-meta';
import { drawSample } from './draw-sample';
import type { SamplePopulation, SampleSettings } from './sample-settings';
import { buildManifest, manifestToJson, type ManifestContext, type SampleManifest } from './sample-manifest';

const thread = (id: string, department: string): ThreadMeta => ({
  studyId: asStudyId('s'),
  threadId: asThreadId(id),
  userId: 'u1',
  department,
  role: 'Nurse',
  createdAt: '2024-03-10T12:00:00.000Z',
  turnCount: 1,
  length: 10,
  preview: '',
  ordinal: 0,
});
const threads = [
  ...['a1', 'a2', 'a3', 'a4'].map((id) => thread(id, 'A')),
  ...['b1', 'b2'].map((id) => thread(id, 'B')),
];
const population: SamplePopulation = {
  threads,
  userThreadCounts: { u1: 6 },
  llmLabelOf: new Map([['a1', 'Coding']]),
  previouslySampled: new Set(['b2']),
};
const settings: SampleSettings = {
  size: 3,
  seed: 2024,
  frequentOnly: true,
  frequentThreshold: 5,
  departments: ['B', 'A', 'A'],
  roles: null,
  dateFrom: '2024-01-01',
  dateTo: null,
  llmLabels: null,
  includePreviouslySampled: false,
  stratifyBy: 'department',
  allocation: 'equal',
};
const context: ManifestContext = {
  studyId: asStudyId('study-1'),
  sampleId: asSampleId('sample-1'),
  name: 'Pilot',
  codebookVersion: 2,
  reviewerIds: ['r1', 'r2', 'r3'].map(asReviewerId),
  createdAt: '2024-05-01T09:00:00.000Z',
};
const draw = drawSample(population, settings);
const manifest = buildManifest(draw, settings, context);

describe('buildManifest', () => {
  test('records the population, filters, seed, algorithm, strata, threads and reviewers', () => {
    expect(manifest).toEqual({
      format: 'concord-sample-manifest',
      formatVersion: 1,
      studyId: 'study-1',
      sampleId: 'sample-1',
      name: 'Pilot',
      createdAt: '2024-05-01T09:00:00.000Z',
      algorithm: 'concord-stratified-v1',
      seed: 2024,
      size: 3,
      filters: {
        frequentOnly: true,
        frequentThreshold: 5,
        departments: ['A', 'B'],
        roles: null,
        dateFrom: '2024-01-01',
        dateTo: null,
        llmLabels: null,
        includePreviouslySampled: false,
      },
      llmRun: null,
      stratification: { by: 'department', allocation: 'equal' },
      population: { threadsInStudy: 6, matchingFilters: 6, previouslySampledExcluded: 1, size: 5 },
      strata: [
        { name: 'A', population: 4, sampled: 2 },
        { name: 'B', population: 1, sampled: 1 },
      ],
      threadIds: draw.threadIds,
      reviewerIds: ['r1', 'r2', 'r3'],
      codebookVersion: 2,
      assignment: null,
    });
    expect(manifest.threadIds).toContain('b1');
  });
  test('unused threshold and allocation are null; a given LLM run is kept', () => {
    const plain = { ...settings, frequentOnly: false, stratifyBy: 'none' as const, llmLabels: ['Coding'], size: 1 };
    const m = buildManifest(drawSample(population, plain), plain, {
      ...context,
      llmRun: { runId: asLlmRunId('run-1'), model: 'gpt-4o' },
    });
    expect(m.filters.frequentThreshold).toBeNull();
    expect(m.stratification).toEqual({ by: 'none', allocation: null });
    expect(m.algorithm).toBe('concord-srs-v1');
    expect(m.strata).toEqual([]);
    expect(m.llmRun).toEqual({ runId: 'run-1', model: 'gpt-4o' });
  });
  test('fits the stored Sample record', () => {
    const stored: Sample['manifest'] = manifest;
    expect(stored).toBe(manifest);
  });
  test('fewer than two reviewers, repeated reviewers and other broken rules throw', () => {
    const build =
      (c: Partial<ManifestContext>, s: SampleSettings = settings) =>
      () =>
        buildManifest(draw, s, { ...context, ...c });
    expect(build({ reviewerIds: [asReviewerId('r1')] })).toThrow(
      /buildManifest: a sample needs at least two distinct reviewers \(got 1\)/,
    );
    expect(build({ reviewerIds: [] })).toThrow(/at least two distinct reviewers \(got 0\)/);
    expect(build({ reviewerIds: ['r1', 'r1'].map(asReviewerId) })).toThrow(
      /at least two.*; reviewer ids must not repeat/,
    );
    expect(build({ reviewerIds: ['r1', ''].map(asReviewerId) })).toThrow(/reviewer ids must not be empty/);
    expect(build({ codebookVersion: 0 })).toThrow(/codebookVersion must be a positive integer/);
    expect(build({ name: '  ' })).toThrow(/needs a name/);
    expect(build({}, { ...settings, size: 4 })).toThrow(/the draw has 3 threads but the settings ask for 4/);
    expect(build({}, { ...settings, stratifyBy: 'llmLabel' })).toThrow(
      /used LLM labels, so the manifest needs their llmRun/,
    );
    const kOfN = drawSample(population, settings, { reviewerIds: ['r1', 'r2', 'r4'].map(asReviewerId), perThread: 2 });
    expect(() => buildManifest(kOfN, settings, context)).toThrow(/assigned to other reviewers than the sample's/);
  });
  test('a k-of-n draw records who labels each thread, in the sample order', () => {
    const kOfN = drawSample(population, settings, { reviewerIds: context.reviewerIds, perThread: 2 });
    const m = buildManifest(kOfN, settings, context);
    expect(m.assignment).toMatchObject({ algorithm: 'concord-k-of-n-v1', reviewersPerThread: 2 });
    expect(m.assignment!.threads.map((t) => t.threadId)).toEqual(m.threadIds);
    expect(m.assignment!.threads.every((t) => t.reviewerIds.length === 2)).toBe(true);
    expect(JSON.parse(manifestToJson(m))).toEqual(m);
  });
  test('a manifest stored before k-of-n designs exports assignment null', () => {
    const { assignment: _, ...old } = manifest;
    expect(JSON.parse(manifestToJson(old as SampleManifest)).assignment).toBeNull();
  });
});

describe('manifestToJson', () => {
  const json = manifestToJson(manifest);
  test('round-trips through JSON.parse', () => {
    expect(JSON.parse(json)).toEqual(manifest);
  });
  test('2-space indent, documented key order, final newline', () => {
    expect(json.startsWith('{\n  "format": "concord-sample-manifest",\n  "formatVersion": 1,\n  "studyId"')).toBe(true);
    expect(json.endsWith('\n  "codebookVersion": 2,\n  "assignment": null\n}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'format',
      'formatVersion',
      'studyId',
      'sampleId',
      'name',
      'createdAt',
      'algorithm',
      'seed',
      'size',
      'filters',
      'llmRun',
      'stratification',
      'population',
      'strata',
      'threadIds',
      'reviewerIds',
      'codebookVersion',
      'assignment',
    ]);
  });
  test('stable whatever the object key order', () => {
    const reversed = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(reversed)
        : x !== null && typeof x === 'object'
          ? Object.fromEntries(
              Object.entries(x)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : x;
    const scrambled = reversed(JSON.parse(json)) as SampleManifest;
    expect(JSON.stringify(scrambled)).not.toBe(JSON.stringify(manifest));
    expect(manifestToJson(scrambled)).toBe(json);
  });
});
