import { queryOptions } from '@tanstack/react-query';
import { listSamples } from '../db/repos/samples';
import { getStudy } from '../db/repos/studies';
import type { AgreementReport, AgreementReportOptions } from '../domain/agreement/agreement-report';
import { ratingsMatrixFromRows, type RatingRow } from '../domain/agreement/ratings-matrix';
import { LLM_RATER } from '../domain/agreement/sample-ratings';
import { outcomeCounts } from '../domain/decisions/thread-outcome';
import type { SampleId, StudyId } from '../domain/ids';
import { shownGold } from '../domain/exports/reviewer-aliases';
import { reportRows } from '../domain/report/report-rows';
import type { Study } from '../domain/study';
import { agreementQueries, BOOTSTRAP_SEED, sampleGoldRatingRows } from './agreement-queries';
import { computeAgreement } from './agreement-worker';
import { db } from './database';
import { readSampleGold, type SampleGold } from './sample-gold';

export const REPORT_RESAMPLES = 1000;

/** The report of the samples that used one codebook version, when the selection spans several. */
export interface VersionReport {
  version: number;
  sampleIds: SampleId[];
  rows: RatingRow[];
  gold: Map<string, string>;
  report: AgreementReport;
}

export interface ReportData {
  study: Study;
  /** The chosen samples (all when none is chosen), in the study's order, with their outcomes. */
  samples: SampleGold[];
  /** Exactly the rows the report is computed from, and what "Export ratings (CSV)" writes. */
  rows: RatingRow[];
  /** Item id → final (gold) label, with the same item ids as `rows`. */
  gold: Map<string, string>;
  /** Item ids are `<sample name>/<thread id>`: a thread is in more than one chosen sample. */
  prefixed: boolean;
  /** The LLM run whose labels are rater `LLM` in `rows`, or null when the study has none. */
  llmModel: string | null;
  counts: ReturnType<typeof outcomeCounts>;
  /** Null when no sample is chosen. */
  report: AgreementReport | null;
  /** One report per codebook version when the samples use more than one; else empty. */
  byVersion: VersionReport[];
}

/**
 * The options that make the app's numbers equal `npm run agreement -- ratings.csv --ci --seed 1
 * --model LLM [--gold gold.csv]` on the exported files: no `categories` (the labels present),
 * the LLM as model rater when its labels are in the rows, gold only with the LLM and when any
 * thread has a final label.
 */
export function reportOptions(
  hasLlm: boolean,
  gold: ReadonlyMap<string, string>,
  bootstrap: boolean,
): AgreementReportOptions {
  return {
    ...(hasLlm ? { modelRater: LLM_RATER } : {}),
    ...(hasLlm && gold.size > 0 ? { gold } : {}),
    ...(bootstrap ? { bootstrap: { seed: BOOTSTRAP_SEED, resamples: REPORT_RESAMPLES } } : {}),
  };
}

async function compute(rows: readonly RatingRow[], options: AgreementReportOptions): Promise<AgreementReport> {
  return computeAgreement(ratingsMatrixFromRows(rows), options);
}

/**
 * Reads the chosen samples (all when `sampleIds` is empty or null) and computes their report:
 * the rows of each sample as the ratings export writes them (reviewers by name, and rater `LLM`),
 * concatenated; item ids are thread ids, or `<sample name>/<thread id>` for the whole set when
 * a thread is in more than one chosen sample (domain/report/report-rows.ts).
 */
export async function readReport(
  studyId: StudyId,
  sampleIds: readonly SampleId[] | null,
  bootstrap: boolean,
): Promise<ReportData> {
  const [study, all] = await Promise.all([getStudy(db(), studyId), listSamples(db(), studyId)]);
  if (!study) throw new Error(`readReport: no study ${studyId}`);
  const wanted = sampleIds && sampleIds.length > 0 ? new Set<string>(sampleIds) : null;
  const chosen = all.filter((s) => wanted === null || wanted.has(s.sampleId));
  // Names enter here: anonymised, every row, figure and sentence below shows Reviewer 1…n.
  const golds = (await Promise.all(chosen.map((s) => readSampleGold(studyId, s.sampleId)))).map((g) =>
    shownGold(g, all),
  );
  const sampleRows = golds.map(sampleGoldRatingRows);
  const { rows, gold, prefixed, sampleOf } = reportRows(
    chosen.map((s, i) => ({
      sampleId: s.sampleId,
      name: s.name,
      rows: sampleRows[i]!,
      finals: golds[i]!.outcomes.flatMap((o) => (o.final ? [{ threadId: o.threadId, label: o.final.label }] : [])),
    })),
  );
  const hasLlm = rows.some((r) => r.raterId === LLM_RATER);
  const llmModel = hasLlm ? (golds[0]?.llm?.run.model ?? LLM_RATER) : null;
  const report = chosen.length === 0 ? null : await compute(rows, reportOptions(hasLlm, gold, bootstrap));

  const versions = [...new Set(chosen.map((s) => s.codebookVersion))].sort((a, b) => a - b);
  const byVersion: VersionReport[] = [];
  if (versions.length > 1) {
    for (const version of versions) {
      const ids = new Set<string>(chosen.filter((s) => s.codebookVersion === version).map((s) => s.sampleId));
      const vRows = rows.filter((r) => ids.has(sampleOf.get(r.itemId)!));
      const vGold = new Map([...gold].filter(([item]) => ids.has(sampleOf.get(item)!)));
      const vReport = await compute(vRows, reportOptions(hasLlm, vGold, bootstrap));
      byVersion.push({ version, sampleIds: [...ids] as SampleId[], rows: vRows, gold: vGold, report: vReport });
    }
  }
  return {
    study,
    samples: golds,
    rows,
    gold,
    prefixed,
    llmModel,
    counts: outcomeCounts(golds.flatMap((g) => g.outcomes)),
    report,
    byVersion,
  };
}

export const reportQueries = {
  // Under 'agreement', so rating and decision changes (here or in another tab) refresh it.
  all: () => [...agreementQueries.all(), 'report'] as const,
  /** Point estimates with analytic intervals (fast, on the page) or with the bootstrap (in a worker). */
  report: (studyId: StudyId, sampleIds: readonly SampleId[] | null, bootstrap: boolean) =>
    queryOptions({
      queryKey: [...reportQueries.all(), { studyId, sampleIds, bootstrap }],
      queryFn: () => readReport(studyId, sampleIds, bootstrap),
    }),
};
