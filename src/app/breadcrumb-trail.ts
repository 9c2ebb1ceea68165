import { matchRoute, type Parser } from 'wouter';
import { asSampleId, asStudyId, type SampleId, type StudyId } from '../domain/ids';
import type { Crumb } from '../ui/breadcrumbs';
import { paths } from '../lib/paths';

/** The study and sample a location names, so the layout can look up their names. */
export interface TrailIds {
  studyId: StudyId | null;
  sampleId: SampleId | null;
}

type Names = { study: string | null; sample: string | null };
// A page under the report (or the codebook) sits below it in the trail; under the report with its `?samples=`.
type Page = { pattern: string; page: string; sample?: boolean; underReport?: boolean; underCodebook?: boolean };

const PAGES: Page[] = [
  { pattern: paths.label.pattern, page: 'Labeling', sample: true },
  { pattern: paths.decide.pattern, page: 'Disagreements', sample: true },
  { pattern: paths.thread.pattern, page: 'Threads' },
  { pattern: paths.importThreads.pattern, page: 'Import' },
  { pattern: paths.codebook.pattern, page: 'Codebook' },
  { pattern: paths.exampleCandidates.pattern, page: 'Example candidates', underCodebook: true },
  { pattern: paths.examplePicks.pattern, page: 'Example picks', underCodebook: true },
  { pattern: paths.samples.pattern, page: 'Samples' },
  { pattern: paths.report.pattern, page: 'Report' },
  { pattern: paths.confusionCell.pattern, page: 'Confusion cell', underReport: true },
  { pattern: paths.exports.pattern, page: 'Exports' },
  { pattern: paths.corpus.pattern, page: 'Corpus' },
  { pattern: paths.threads.pattern, page: 'Threads' },
];

function matchPage(parser: Parser, location: string) {
  for (const page of PAGES) {
    const [matched, params] = matchRoute(parser, page.pattern, location);
    if (matched) return { page, params: params as Record<string, string | undefined> };
  }
  return null;
}

export function trailIds(parser: Parser, location: string): TrailIds {
  const match = matchPage(parser, location);
  const studyId = match?.params.studyId;
  const sampleId = match?.page.sample ? match.params.sampleId : undefined;
  return { studyId: studyId ? asStudyId(studyId) : null, sampleId: sampleId ? asSampleId(sampleId) : null };
}

/**
 * Studies › study › sample (or Report) › page, every crumb a link, built from the address (path and
 * search) and the names (generic until they load).
 */
export function breadcrumbTrail(parser: Parser, location: string, names: Names, search = ''): Crumb[] {
  const studies: Crumb = { label: 'Studies', href: paths.studies.to() };
  const match = matchPage(parser, location);
  if (!match?.params.studyId) return [studies];
  const studyId = asStudyId(match.params.studyId);
  const trail: Crumb[] = [studies, { label: names.study ?? 'Study', href: paths.threads.to(studyId) }];
  if (match.page.sample && match.params.sampleId) {
    trail.push({ label: names.sample ?? 'Sample', href: paths.samples.to(studyId) });
  }
  if (match.page.underReport) {
    const samples = new URLSearchParams(search)
      .get('samples')
      ?.split(',')
      .filter((id) => id !== '')
      .map(asSampleId);
    trail.push({ label: 'Report', href: paths.report.to(studyId, samples) });
  }
  if (match.page.underCodebook) trail.push({ label: 'Codebook', href: paths.codebook.to(studyId) });
  trail.push({ label: match.page.page, href: match.page.underReport && search ? `${location}?${search}` : location });
  return trail;
}
