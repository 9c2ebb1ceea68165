import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { paths } from '../../../lib/paths';
import { asSampleId, type SampleId, type StudyId } from '../../../domain/ids';
import { useAnonymiseReviewers } from '../../../queries/export-queries';
import { REPORT_RESAMPLES, reportQueries, type ReportData } from '../../../queries/report-queries';
import { sampleQueries } from '../../../queries/sample-queries';
import { studyQueries } from '../../../queries/study-queries';
import { formatCount } from '../../../domain/format-count';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Alert } from '../../../ui/alert';
import { AnonymiseReviewersSwitch } from '../../../ui/anonymise-reviewers-switch';
import { errorMessage } from '../../../ui/error-message';
import type { BootstrapState } from './estimate-row';
import { ReportBody } from './report-body';
import { SamplePicker } from './sample-picker';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'report';

/** `?samples=a,b` → those samples; absent → every sample (null); present but empty → none. */
function useChosenSamples(): [SampleId[] | null, (next: SampleId[] | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('samples');
  const chosen =
    raw === null
      ? null
      : raw
          .split(',')
          .filter((id) => id !== '')
          .map(asSampleId);
  const choose = (next: SampleId[] | null) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === null) out.delete('samples');
        else out.set('samples', next.join(','));
        return out;
      },
      { replace: true },
    );
  return [chosen, choose];
}

/**
 * The agreement report of one or more samples. Point estimates with analytic intervals come at
 * once; the percentile bootstrap runs in a worker and, once done, its report (same rows, same
 * point estimates) replaces the first. Every number is computeAgreementReport's on exactly the
 * rows "Export ratings (CSV)" writes, so `npm run agreement` on that file prints the same.
 */
export function ReportPage({ studyId }: { studyId: StudyId }) {
  const [chosen, choose] = useChosenSamples();
  const study = useQuery(studyQueries.detail(studyId));
  const samples = useQuery(sampleQueries.list(studyId));
  const enabled = chosen === null || chosen.length > 0;
  const point = useQuery({ ...reportQueries.report(studyId, chosen, false), enabled });
  const boot = useQuery({ ...reportQueries.report(studyId, chosen, true), enabled });
  const anonymise = useAnonymiseReviewers(studyId, study.data?.anonymiseReviewers);
  useDocumentTitle('Report', study.data?.name);

  if (study.isPending || samples.isPending) return <p role="status">Loading the report…</p>;
  if (!study.data) return <Alert tone="info" title="This study does not exist." />;
  const all = samples.data ?? [];
  const settledBoot = boot.data && !boot.isFetching ? boot.data : undefined;
  const data: ReportData | undefined = settledBoot ?? point.data;
  const bootstrap: BootstrapState = settledBoot ? 'done' : boot.isError ? 'unavailable' : 'computing';
  const names = data?.samples.map((s) => s.sample.name) ?? [];
  const fileName = `${slug(study.data.name)}-${chosen === null ? 'all-samples' : slug(names.join('-'))}`;

  return (
    <div className="report mx-auto max-w-5xl space-y-6">
      <h1 className="text-xl font-semibold">Agreement report: {study.data.name}</h1>
      {all.length === 0 ? (
        <Alert tone="info" title="This study has no samples yet.">
          <p>
            Draw one on the{' '}
            <Link href={paths.samples.to(studyId)} className="underline">
              Samples page
            </Link>
            ; its report appears here.
          </p>
        </Alert>
      ) : (
        <SamplePicker samples={all} chosen={chosen} onChange={choose} />
      )}
      <AnonymiseReviewersSwitch {...anonymise} />
      {!enabled && <Alert tone="info" title="Choose at least one sample." />}
      {point.error && (
        <Alert tone="error" title="The report could not be computed">
          {errorMessage(point.error)}
        </Alert>
      )}
      {boot.error && (
        <Alert tone="error" title="The bootstrap intervals could not be computed">
          {errorMessage(boot.error)}
        </Alert>
      )}
      {enabled && bootstrap === 'computing' && all.length > 0 && (
        <p role="status" className="text-sm text-slate-700 print:hidden">
          Computing bootstrap intervals ({formatCount(REPORT_RESAMPLES)} resamples, in the background)…
        </p>
      )}
      {enabled && !data && !point.error && all.length > 0 && <p role="status">Computing the report…</p>}
      {data && data.report === null && all.length > 0 && (
        <Alert tone="info" title="None of the chosen samples exists in this study." />
      )}
      {data && data.report && <ReportBody data={data} bootstrap={bootstrap} fileName={fileName} />}
    </div>
  );
}
