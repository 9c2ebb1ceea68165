import type { SampleId, StudyId } from '../../../domain/ids';

/** The lead's disagreement queue and decision view of one sample (issue 5: to be built). */
export function DecisionsPage({ studyId, sampleId }: { studyId: StudyId; sampleId: SampleId }) {
  return <h1 className="text-xl font-semibold">Disagreements of {sampleId} in {studyId}</h1>;
}
