import { queryOptions, useMutation } from '@tanstack/react-query';
import { saveRoleGroups } from '../db/repos/role-groups';
import { listSamples } from '../db/repos/samples';
import { populationShares, type PopulationShares } from '../domain/corpus/population-shares';
import { DEFAULT_DRAWS } from '../domain/corpus/reclassification-shares';
import type { RoleGroups } from '../domain/corpus/role-groups';
import { readSampleDesign, type SampleDesign } from '../domain/corpus/sample-design';
import type { SampleId, StudyId } from '../domain/ids';
import { createWorkerRpc } from '../lib/worker-rpc';
import { db } from './database';
import { agreementQueries } from './agreement-queries';
import { readSampleGold } from './sample-gold';
import { studyQueries } from './study-queries';

/** The seed of the dashboard's intervals: the CLI's default, so `npm run prevalence` repeats them. */
export const CORRECTION_SEED = 1;

type SharesRequest = {
  labels: Map<string, string | null>;
  gold: Map<string, string>;
  options: { draws: number; seed: number };
};

const inWorker = createWorkerRpc<SharesRequest, PopulationShares>(
  () => new Worker(new URL('../workers/corpus.worker.ts', import.meta.url), { type: 'module', name: 'concord-corpus' }),
);

/** A sample's gold labels and what the correction needs of its design. */
export interface GoldSample {
  sampleId: SampleId;
  name: string;
  /** Null when the stored manifest is not one `readSampleDesign` reads; `designProblem` says why. */
  design: SampleDesign | null;
  designProblem: string | null;
  /** Thread id → final (gold) label, for the threads that have one. */
  finals: Map<string, string>;
}

async function readGoldSamples(studyId: StudyId, sampleIds: readonly SampleId[]): Promise<GoldSample[]> {
  const wanted = new Set<string>(sampleIds);
  const samples = (await listSamples(db(), studyId)).filter((s) => wanted.has(s.sampleId));
  return Promise.all(
    samples.map(async (s) => {
      const gold = await readSampleGold(studyId, s.sampleId);
      const { design, problems } = readSampleDesign(s.manifest);
      return {
        sampleId: s.sampleId,
        name: s.name,
        design,
        designProblem: design === null ? problems.join('; ') : null,
        finals: new Map(
          gold.outcomes.flatMap((o) => (o.final ? [[o.threadId as string, o.final.label] as const] : [])),
        ),
      };
    }),
  );
}

export const corpusQueries = {
  all: () => ['corpus'] as const,
  /** Under 'agreement', so a decision recorded here or in another tab refreshes the gold labels. */
  gold: (studyId: StudyId, sampleIds: readonly SampleId[]) =>
    queryOptions({
      queryKey: [...agreementQueries.all(), 'corpusGold', { studyId, sampleIds }],
      queryFn: () => readGoldSamples(studyId, sampleIds),
    }),
  /**
   * The corrected shares of a population (in the corpus worker where workers exist); `key`
   * identifies the population and gold labels; `labels` builds the population's map when run.
   */
  corrected: (studyId: StudyId, key: string, labels: () => Map<string, string | null>, gold: Map<string, string>) =>
    queryOptions({
      queryKey: [...corpusQueries.all(), 'corrected', { studyId, key }],
      queryFn: () => {
        const request = { labels: labels(), gold, options: { draws: DEFAULT_DRAWS, seed: CORRECTION_SEED } };
        return typeof Worker !== 'undefined'
          ? inWorker(request)
          : populationShares(request.labels, request.gold, request.options);
      },
    }),
};

/** Stores the lead's role groups on the study record (with its audit event). */
export function useSaveRoleGroups(studyId: StudyId) {
  return useMutation({
    meta: { invalidates: [studyQueries.all()] },
    mutationFn: (groups: RoleGroups) => saveRoleGroups(db(), studyId, groups, new Date().toISOString()),
  });
}
