import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../../../lib/paths';
import type { ColumnMapping } from '../../../domain/formats/column-mapping';
import type { DateOrder } from '../../../domain/formats/parse-date';
import type { StudyId } from '../../../domain/ids';
import { plural } from '../../../domain/format-count';
import { codebookQueries } from '../../../queries/codebook-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { studyQueries } from '../../../queries/study-queries';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorMessage } from '../../../ui/error-message';
import type { ImportKind } from '../../../domain/formats/import-protocol';
import { useImportWizard } from '../hooks/use-import-wizard';
import { BusyStep } from './busy-step';
import { FileStep } from './file-step';
import { MappingStep } from './mapping-step';
import { ReportStep } from './report-step';

export function ImportPage({ studyId }: { studyId: StudyId }) {
  const { data: study } = useQuery(studyQueries.detail(studyId));
  const { data: codebook } = useQuery(codebookQueries.latest(studyId));
  useDocumentTitle('Import', study?.name);
  const wizard = useImportWizard(studyId);
  const [kind, setKind] = useState<ImportKind>('threads');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [labelMap, setLabelMap] = useState(new Map<string, string | null>());
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [checkedOrder, setCheckedOrder] = useState<DateOrder | null>(null);
  const { state } = wizard;

  const revalidate = (next: Map<string, string | null>) => {
    setLabelMap(next);
    wizard.validate(mapping, next, checkedOrder);
  };

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <h1 className="text-xl font-semibold">Import into {study?.name ?? 'the study'}</h1>
      {state.step === 'choose' && (
        <FileStep
          kind={kind}
          notice={state.notice}
          onKindChange={setKind}
          onFile={(file) => {
            setLabelMap(new Map());
            setDateOrder(null);
            wizard.read(file, kind);
          }}
        />
      )}
      {state.step === 'busy' && (
        <BusyStep phase={state.phase} done={state.done} total={state.total} onCancel={wizard.cancel} />
      )}
      {state.step === 'mapping' && (
        <MappingStep
          key={`${state.table.fileName}:${state.table.sheet ?? ''}:${state.table.headers.join('|')}`}
          kind={kind}
          table={state.table}
          mapping={Object.keys(mapping).length ? mapping : state.table.autoMapping}
          onMappingChange={setMapping}
          dateOrder={dateOrder}
          onDateOrderChange={setDateOrder}
          onReadSheet={(sheet, headerRow) => {
            setMapping({});
            wizard.readSheet(sheet, headerRow);
          }}
          onCheck={(order) => {
            const used = Object.keys(mapping).length ? mapping : state.table.autoMapping;
            setMapping(used);
            setCheckedOrder(order);
            wizard.validate(used, labelMap, order);
          }}
          onCancel={() => {
            setMapping({});
            wizard.reset();
          }}
        />
      )}
      {state.step === 'report' && (
        <ReportStep
          kind={kind}
          table={state.table}
          report={state.report}
          categories={codebook?.categories ?? []}
          labelMap={labelMap}
          hasLabels={kind === 'llm-labels' || Boolean(mapping.llmLabel)}
          onLabelMapChange={revalidate}
          onImport={wizard.commit}
          onBack={wizard.back}
          onCancel={() => {
            setMapping({});
            wizard.reset();
          }}
        />
      )}
      {state.step === 'done' && (
        <Alert tone="success" title="Import complete">
          <p>
            Stored {plural(state.threads, 'thread')} and {plural(state.llmLabels, 'LLM label')}.
          </p>
          <p className="mt-2 flex gap-3">
            <Link href={paths.threads.to(studyId)} className="underline">
              Browse the threads
            </Link>
            <button
              type="button"
              className="underline"
              onClick={() => {
                setMapping({});
                wizard.reset();
              }}
            >
              Import another file
            </button>
          </p>
        </Alert>
      )}
      {state.step === 'failed' && (
        <Alert tone="error" title="The import stopped; nothing was stored">
          <p>{errorMessage({ name: state.name, message: state.message })}</p>
          <Button
            className="mt-2"
            onClick={() => {
              setMapping({});
              wizard.reset();
            }}
          >
            Start again
          </Button>
        </Alert>
      )}
    </div>
  );
}
