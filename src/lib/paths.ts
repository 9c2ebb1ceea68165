import type { ReviewerId, SampleId, StudyId, ThreadId } from '../domain/ids';

/** A cell of the report's confusion matrix, the report's samples, and the thread of the cell being read. */
export interface ConfusionCellAddress {
  gold: string;
  llm: string;
  samples: readonly SampleId[] | null;
  at?: { sampleId: SampleId; threadId: ThreadId };
}

/** Every place in the app, built in one spot so links and routes agree. */
export const paths = {
  studies: { pattern: '/', to: () => '/' },
  threads: {
    pattern: '/studies/:studyId',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}`,
  },
  thread: {
    pattern: '/studies/:studyId/threads/:threadId',
    to: (studyId: StudyId, threadId: ThreadId) =>
      `/studies/${encodeURIComponent(studyId)}/threads/${encodeURIComponent(threadId)}`,
  },
  importThreads: {
    pattern: '/studies/:studyId/import',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}/import`,
  },
  codebook: {
    pattern: '/studies/:studyId/codebook',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}/codebook`,
  },
  /** The lead's page of candidate examples: import or type them, compare the picks, take them into a version. */
  exampleCandidates: {
    pattern: '/studies/:studyId/codebook/examples',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}/codebook/examples`,
  },
  /** One reviewer picking the most representative candidates, blind to the others' picks. */
  examplePicks: {
    pattern: '/studies/:studyId/codebook/examples/pick/:reviewerId',
    to: (studyId: StudyId, reviewerId: ReviewerId) =>
      `/studies/${encodeURIComponent(studyId)}/codebook/examples/pick/${encodeURIComponent(reviewerId)}`,
  },
  samples: {
    pattern: '/studies/:studyId/samples',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}/samples`,
  },
  label: {
    pattern: '/studies/:studyId/samples/:sampleId/label/:reviewerId',
    to: (studyId: StudyId, sampleId: SampleId, reviewerId: ReviewerId) =>
      `/studies/${encodeURIComponent(studyId)}/samples/${encodeURIComponent(sampleId)}/label/${encodeURIComponent(reviewerId)}`,
  },
  /** The lead's disagreement queue and decision view of one sample (`?thread=` opens one). */
  decide: {
    pattern: '/studies/:studyId/samples/:sampleId/decide',
    to: (studyId: StudyId, sampleId: SampleId) =>
      `/studies/${encodeURIComponent(studyId)}/samples/${encodeURIComponent(sampleId)}/decide`,
  },
  /** The agreement report of one or more samples (`?samples=a,b`; all samples when absent). */
  report: {
    pattern: '/studies/:studyId/report',
    to: (studyId: StudyId, sampleIds?: readonly SampleId[]) =>
      `/studies/${encodeURIComponent(studyId)}/report${sampleIds?.length ? `?samples=${sampleIds.map(encodeURIComponent).join(',')}` : ''}`,
  },
  /**
   * The threads behind one cell (gold label × LLM label) of the report's confusion matrix, for the
   * report's samples (`samples` as the report's; null: every sample), optionally at one thread.
   */
  confusionCell: {
    pattern: '/studies/:studyId/report/cell',
    to: (studyId: StudyId, cell: ConfusionCellAddress) => {
      const query = new URLSearchParams({ gold: cell.gold, llm: cell.llm });
      if (cell.samples) query.set('samples', cell.samples.join(','));
      if (cell.at) query.set('sample', cell.at.sampleId);
      if (cell.at) query.set('thread', cell.at.threadId);
      return `/studies/${encodeURIComponent(studyId)}/report/cell?${query.toString()}`;
    },
  },
  /** The corpus dashboard: shares by category, department, role group, month; corrected shares. */
  corpus: {
    pattern: '/studies/:studyId/corpus',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}/corpus`,
  },
  /** Gold-standard, ratings and audit exports, and the study backup. */
  exports: {
    pattern: '/studies/:studyId/exports',
    to: (studyId: StudyId) => `/studies/${encodeURIComponent(studyId)}/exports`,
  },
} as const;
