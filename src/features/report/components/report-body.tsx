import { methodsParagraph } from '../../../domain/report/methods-paragraph';
import type { ReportData } from '../../../queries/report-queries';
import { AgreementSection } from './agreement-section';
import type { BootstrapState } from './estimate-row';
import { FiguresSection } from './figures-section';
import { LlmSection } from './llm-section';
import { methodsInput } from './methods-input';
import { MethodsSection } from './methods-section';
import { ReportActions } from './report-actions';
import { ReportHeadline } from './report-headline';
import { VersionsSection } from './versions-section';

/** The report's sections, in the order a reader (and the printout) takes them. */
export function ReportBody({
  data,
  bootstrap,
  fileName,
}: {
  data: ReportData;
  bootstrap: BootstrapState;
  fileName: string;
}) {
  const report = data.report!;
  const methods = methodsInput(data);
  return (
    <>
      <ReportHeadline data={data} />
      <AgreementSection report={report} bootstrap={bootstrap} />
      {report.model && <LlmSection report={report} model={data.llmModel ?? report.model.rater} bootstrap={bootstrap} />}
      <FiguresSection data={data} report={report} fileName={fileName} />
      <VersionsSection data={data} bootstrap={bootstrap} />
      {methods && <MethodsSection text={methodsParagraph(methods)} />}
      <ReportActions data={data} fileName={fileName} />
    </>
  );
}
