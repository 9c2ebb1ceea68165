import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import type { SampleId, StudyId } from '../../../domain/ids';
import { decisionQueries } from '../../../queries/decision-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { DecisionsWorkspace } from './decisions-workspace';

/** The lead's disagreement queue and decision view of one sample (issue 5). */
export function DecisionsPage({ studyId, sampleId }: { studyId: StudyId; sampleId: SampleId }) {
  const gold = useQuery(decisionQueries.sampleGold(studyId, sampleId));
  if (gold.isPending) return <p role="status">Opening the disagreements…</p>;
  if (gold.isError) {
    return (
      <Alert tone="error" title="The disagreements of this sample could not be read">
        <p>{errorMessage(gold.error)}</p>
        <Link href={paths.samples.to(studyId)} className="underline">
          Back to the samples
        </Link>
      </Alert>
    );
  }
  return <DecisionsWorkspace gold={gold.data} />;
}
