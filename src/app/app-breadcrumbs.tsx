import { useQuery } from '@tanstack/react-query';
import { useLocation, useRouter } from 'wouter';
import type { SampleId, StudyId } from '../domain/ids';
import { sampleQueries } from '../queries/sample-queries';
import { studyQueries } from '../queries/study-queries';
import { Breadcrumbs } from '../ui/breadcrumbs';
import { breadcrumbTrail, trailIds } from './breadcrumb-trail';

/** The breadcrumbs of whatever page is open, with the study's and the sample's names. */
export function AppBreadcrumbs({ className }: { className?: string }) {
  const [location] = useLocation();
  const { parser } = useRouter();
  const { studyId, sampleId } = trailIds(parser, location);
  const study = useQuery({ ...studyQueries.detail(studyId ?? ('' as StudyId)), enabled: studyId !== null });
  const sample = useQuery({
    ...sampleQueries.detail(studyId ?? ('' as StudyId), sampleId ?? ('' as SampleId)),
    enabled: studyId !== null && sampleId !== null,
  });
  const trail = breadcrumbTrail(parser, location, {
    study: study.data?.name ?? null,
    sample: sample.data?.name ?? null,
  });
  return <Breadcrumbs trail={trail} className={className} />;
}
