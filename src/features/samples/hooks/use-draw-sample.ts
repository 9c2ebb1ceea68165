import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { asSampleId, type ReviewerId, type StudyId } from '../../../domain/ids';
import { drawSample } from '../../../domain/sampling/draw-sample';
import { buildManifest } from '../../../domain/sampling/sample-manifest';
import type { SamplePopulation, SampleSettings } from '../../../domain/sampling/sample-settings';
import type { Study } from '../../../domain/study';
import { codebookQueries } from '../../../queries/codebook-queries';
import { sampleQueries, useCreateSample } from '../../../queries/sample-queries';
import { studyQueries } from '../../../queries/study-queries';
import { threadQueries } from '../../../queries/thread-queries';

/**
 * Everything a draw needs (the population the form counts live), and the action that draws and
 * stores a sample with its manifest and, for a k-of-n design, who labels each thread.
 */
export function useDrawSample(study: Study) {
  const studyId: StudyId = study.id;
  const threads = useQuery(threadQueries.list(studyId));
  const run = useQuery(studyQueries.latestLlmRun(studyId)).data ?? null;
  const labels = useQuery({ ...threadQueries.llmLabels(studyId, run?.runId ?? ('' as never)), enabled: run !== null });
  const sampled = useQuery(sampleQueries.sampledThreadIds(studyId));
  const codebook = useQuery(codebookQueries.latest(studyId));
  const create = useCreateSample();
  const ready = Boolean(threads.data && sampled.data && codebook.data && (run === null || labels.data));
  const userThreadCounts = study.summary.byUser;
  const population = useMemo(
    (): SamplePopulation | null =>
      threads.data && sampled.data && (run === null || labels.data)
        ? { threads: threads.data, userThreadCounts, llmLabelOf: labels.data ?? null, previouslySampled: sampled.data }
        : null,
    [threads.data, sampled.data, labels.data, run, userThreadCounts],
  );

  const draw = async (name: string, settings: SampleSettings, reviewerIds: ReviewerId[], perThread: number | null) => {
    if (!population || !codebook.data) throw new Error('The study is still loading.');
    const usesLabels = settings.stratifyBy === 'llmLabel' || settings.llmLabels !== null;
    const result = drawSample(population, settings, perThread === null ? null : { reviewerIds, perThread });
    const sampleId = asSampleId(crypto.randomUUID());
    const createdAt = new Date().toISOString();
    const manifest = buildManifest(result, settings, {
      studyId,
      sampleId,
      name,
      reviewerIds,
      codebookVersion: codebook.data.version,
      createdAt,
      llmRun: usesLabels && run ? { runId: run.runId, model: run.model } : null,
    });
    return create.mutateAsync({
      studyId,
      sampleId,
      name,
      createdAt,
      seed: settings.seed,
      threadIds: result.threadIds,
      reviewerIds,
      codebookVersion: codebook.data.version,
      manifest,
      ...(result.assignment && {
        assignment: Object.fromEntries(result.assignment.threads.map((t) => [t.threadId, t.reviewerIds])),
      }),
    });
  };

  return { ready, draw, run, population, labelCounts: run?.labelCounts ?? {}, pending: create.isPending };
}
