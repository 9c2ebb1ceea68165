import { useQuery } from '@tanstack/react-query';
import type { StudyId } from '../../../domain/ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { reportQueries } from '../../../queries/report-queries';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { useCellParams } from '../hooks/use-cell-params';
import { useChosenSamples } from '../hooks/use-chosen-samples';
import { CellWorkspace } from './cell-workspace';

/**
 * The threads behind one cell (gold × LLM) of the report's confusion matrix, for the report's
 * samples. It reads the report's own data (the same query, so coming from the report costs
 * nothing), so a cell lists exactly the threads its count in the matrix stands for.
 */
export function ConfusionCellPage({ studyId }: { studyId: StudyId }) {
  const [samples] = useChosenSamples();
  const params = useCellParams();
  const study = useQuery(studyQueries.detail(studyId));
  const enabled = samples === null || samples.length > 0;
  const report = useQuery({ ...reportQueries.report(studyId, samples, false), enabled });
  const { gold, llm } = params;
  useDocumentTitle(
    gold !== null && llm !== null ? `Gold ${gold}, LLM ${llm}` : 'Confusion cell',
    'Report',
    study.data?.name,
  );

  if (study.isPending) return <p role="status">Loading the threads of this cell…</p>;
  if (!study.data) return <Alert tone="info" title="This study does not exist." />;
  if (gold === null || llm === null)
    return <Alert tone="info" title="This address names no cell of the confusion matrix." />;
  if (!enabled) return <Alert tone="info" title="Choose at least one sample on the report." />;
  if (report.error)
    return (
      <Alert tone="error" title="The threads of this cell could not be read">
        {errorMessage(report.error)}
      </Alert>
    );
  if (!report.data) return <p role="status">Loading the threads of this cell…</p>;
  return <CellWorkspace studyId={studyId} data={report.data} samples={samples} params={{ ...params, gold, llm }} />;
}
