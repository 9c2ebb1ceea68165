import type { AgreementReport } from '../../../../domain/agreement/agreement-report';
import { formatStatistic } from '../../../../domain/report/report-format';
import { ChartFigure } from '../../../../ui/charts/chart-figure';
import { HeatMap } from '../../../../ui/charts/heat-map';

/** Cohen's kappa of every pair of raters (the reviewers, and the LLM when present) as a symmetric matrix. */
export function KappaMatrixFigure({ report, fileName }: { report: AgreementReport; fileName: string }) {
  const raters = report.model === null ? [...report.raters] : [...report.raters, report.model.rater];
  const pairs = [...report.cohen, ...(report.model?.cohen ?? [])];
  const kappa = new Map<string, number | null>();
  for (const p of pairs) {
    kappa.set(`${p.a}\u0000${p.b}`, p.value);
    kappa.set(`${p.b}\u0000${p.a}`, p.value);
  }
  const values = raters.map((a) => raters.map((b) => (a === b ? null : (kappa.get(`${a}\u0000${b}`) ?? null))));
  return (
    <ChartFigure
      name="pairwise kappa matrix"
      fileName={`${fileName}-pairwise-kappa`}
      caption={
        <>
          <strong>Pairwise Cohen's kappa.</strong> Each cell is Cohen's kappa of two raters over the threads both
          labeled; darker is higher (0 to 1; below 0 shown as 0). “—” marks an undefined kappa.
        </>
      }
    >
      {(ref) => (
        <HeatMap
          ref={ref}
          title="Pairwise Cohen's kappa of the raters"
          description={`Cohen's kappa for every pair of ${raters.join(', ')}; the matrix is symmetric and its diagonal is empty.`}
          rowLabels={raters}
          columnLabels={raters}
          values={values}
          cellText={(v, r, c) => (r === c ? '' : v === null ? '—' : formatStatistic(v))}
          domain={[0, 1]}
          rowAxisTitle="Rater"
          columnAxisTitle="Rater"
        />
      )}
    </ChartFigure>
  );
}
