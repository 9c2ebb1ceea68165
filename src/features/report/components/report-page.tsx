import type { StudyId } from '../../../domain/ids';

/** The agreement report of one or more samples (issue 5: to be built). */
export function ReportPage({ studyId }: { studyId: StudyId }) {
  return <h1 className="text-xl font-semibold">Agreement report of {studyId}</h1>;
}
