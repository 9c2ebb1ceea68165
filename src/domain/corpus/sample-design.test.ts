import { describe, expect, it } from 'vitest';
import { asLlmRunId, asReviewerId, asSampleId, asStudyId, asThreadId } from '../ids.ts';
import { drawSample } from '../sampling/draw-sample.ts';
import { buildManifest, manifestToJson } from '../sampling/sample-manifest.ts';
import type { SampleSettings } from '../sampling/sample-settings.ts';
import type { ThreadMeta } from '../threads/thread-meta.ts';
import { readSampleDesign } from './sample-design.ts';

const thread = (id: string): ThreadMeta => ({
  studyId: asStudyId('s'),
  threadId: asThreadId(id),
  userId: 'u1',
  department: 'A',
  role: 'Nurse',
  createdAt: '2024-03-10T12:00:00.000Z',
  turnCount: 1,
  length: 10,
  preview: '',
  ordinal: 0,
});
const settings: SampleSettings = {
  size: 2,
  seed: 3,
  frequentOnly: false,
  frequentThreshold: 5,
  departments: ['A'],
  roles: null,
  dateFrom: null,
  dateTo: '2024-06-30',
  llmLabels: null,
  includePreviouslySampled: false,
  stratifyBy: 'llmLabel',
  allocation: 'equal',
};

describe('readSampleDesign', () => {
  it('reads the design back from an exported manifest', () => {
    const population = {
      threads: ['t1', 't2', 't3', 't4'].map(thread),
      userThreadCounts: { u1: 4 },
      llmLabelOf: new Map([
        ['t1', 'X'],
        ['t2', 'X'],
        ['t3', 'Y'],
        ['t4', 'Y'],
      ]),
      previouslySampled: new Set<string>(),
    };
    const manifest = buildManifest(drawSample(population, settings), settings, {
      studyId: asStudyId('s'),
      sampleId: asSampleId('m'),
      name: 'One',
      codebookVersion: 1,
      createdAt: '2024-07-01T00:00:00.000Z',
      reviewerIds: ['r1', 'r2'].map(asReviewerId),
      llmRun: { runId: asLlmRunId('run'), model: 'gpt-4o' },
    });
    const { design, problems } = readSampleDesign(JSON.parse(manifestToJson(manifest)));
    expect(problems).toEqual([]);
    expect(design).toEqual({ filters: manifest.filters, stratifiedBy: 'llmLabel', populationThreads: 4 });
  });

  it("names the field that is not a manifest's", () => {
    const r = readSampleDesign({
      format: 'concord-sample-manifest',
      filters: {},
      stratification: { by: 'role' },
      population: { matchingFilters: 1 },
    });
    expect(r.design).toBeNull();
    expect(r.problems.some((p) => p.startsWith('stratification.by:'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('filters.frequentOnly:'))).toBe(true);
  });
});
