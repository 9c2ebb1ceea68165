import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MedhelmMapping } from '../../../domain/codebook/codebook';
import type { StudyId } from '../../../domain/ids';
import type { Study } from '../../../domain/study';
import { formatCount } from '../../../domain/format-count';
import { codebookQueries } from '../../../queries/codebook-queries';
import { corpusQueries } from '../../../queries/corpus-queries';
import { sampleQueries } from '../../../queries/sample-queries';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { errorMessage } from '../../../ui/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCorpusData } from '../hooks/use-corpus-data';
import { useCorpusParams } from '../hooks/use-corpus-params';
import { BreakdownHeatMap } from './breakdown-heat-map';
import { CategorySharesFigure } from './category-shares-figure';
import { CorrectedSharesSection } from './corrected-shares-section';
import { PopulationControls } from './population-controls';
import { RoleGroupsEditor } from './role-groups-editor';
import { TrendAlertsSection } from './trend-alerts-section';

export function CorpusPage({ studyId }: { studyId: StudyId }) {
  const study = useQuery(studyQueries.detail(studyId));
  useDocumentTitle('Corpus', study.data?.name);
  if (study.isPending) return <p role="status">Loading the study…</p>;
  if (study.isError)
    return (
      <Alert tone="error" title="The study could not be read">
        {errorMessage(study.error)}
      </Alert>
    );
  if (!study.data) return <Alert tone="info" title="There is no such study." />;
  return <CorpusDashboard study={study.data} />;
}

function CorpusDashboard({ study }: { study: Study }) {
  const [params, update] = useCorpusParams();
  const data = useCorpusData(study, params);
  const samples = useQuery(sampleQueries.list(study.id));
  const gold = useQuery(corpusQueries.gold(study.id, params.samples));
  const codebook = useQuery(codebookQueries.latest(study.id));
  const medhelm = useMemo(
    () => new Map<string, MedhelmMapping>(codebook.data?.categories.map((c) => [c.name, c.medhelm]) ?? []),
    [codebook.data],
  );
  const fileName = `${study.name.replace(/[^\w-]+/g, '-')}-corpus`;
  const c = data.computed;

  return (
    <section aria-labelledby="corpus-heading" className="space-y-6">
      <h1 id="corpus-heading" className="text-xl font-semibold">
        Corpus dashboard: {study.name}
      </h1>
      <PopulationControls
        study={study}
        runs={data.runs}
        runId={data.runId}
        samples={samples.data ?? []}
        params={params}
        onChange={update}
      />
      {data.error && (
        <Alert tone="error" title="The threads could not be read">
          {errorMessage(data.error)}
        </Alert>
      )}
      {gold.isError && (
        <Alert tone="error" title="The gold labels could not be read">
          {errorMessage(gold.error)}
        </Alert>
      )}
      {data.runs.length === 0 && !data.isPending && (
        <Alert tone="info" title="This study has no LLM labels yet: import a run to see its shares." />
      )}
      {data.isPending || !c ? (
        <p role="status">Counting the threads…</p>
      ) : (
        <>
          <p aria-label="Population size">
            {formatCount(c.population.length)} threads in the population: {formatCount(c.breakdown.labeled)} labeled by
            the LLM, {formatCount(c.breakdown.unlabeled)} unlabeled.
          </p>
          <CategorySharesFigure
            labels={c.breakdown.labels}
            corrected={null}
            medhelm={medhelm}
            labeled={c.breakdown.labeled}
            fileName={fileName}
          />
          <CorrectedSharesSection
            studyId={study.id}
            filters={data.filters}
            population={c.population}
            labelOf={c.labelOf}
            samples={gold.data ?? []}
            labels={c.breakdown.labels}
            medhelm={medhelm}
            fileName={fileName}
          />
          <BreakdownHeatMap
            name="shares by department"
            rowAxisTitle="Department"
            tab={c.breakdown.byDepartment}
            labels={c.breakdown.labels}
            fileName={fileName}
          />
          <BreakdownHeatMap
            name="shares by role"
            rowAxisTitle="Role"
            tab={c.breakdown.byRole}
            labels={c.breakdown.labels}
            fileName={fileName}
          />
          <BreakdownHeatMap
            name="shares by clinical group"
            rowAxisTitle="Clinical group"
            tab={c.breakdown.byClinicalGroup}
            labels={c.breakdown.labels}
            fileName={fileName}
          />
          <BreakdownHeatMap
            name="shares by SOC major group"
            rowAxisTitle="SOC major group"
            tab={c.breakdown.bySocGroup}
            labels={c.breakdown.labels}
            fileName={fileName}
          />
          <BreakdownHeatMap
            name="shares by month"
            rowAxisTitle="Month"
            tab={c.breakdown.byMonth}
            labels={c.breakdown.labels}
            fileName={fileName}
          />
          <TrendAlertsSection
            studyId={study.id}
            population={c.population}
            labelOf={c.labelOf}
            roleGroups={data.roleGroups}
            categories={c.breakdown.labels.map((l) => l.label)}
            category={params.alertCategory}
            group={params.alertGroup}
            onChange={update}
          />
          <RoleGroupsEditor
            key={JSON.stringify(study.roleGroups ?? null)}
            studyId={study.id}
            roleGroups={data.roleGroups}
          />
        </>
      )}
    </section>
  );
}
