import type { StudyId } from '../../../domain/ids';

/** Gold-standard, ratings and audit exports, and the study backup (issue 5: to be built). */
export function ExportsPage({ studyId }: { studyId: StudyId }) {
  return <h1 className="text-xl font-semibold">Exports of {studyId}</h1>;
}
