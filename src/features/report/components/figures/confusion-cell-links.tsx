import { Link } from 'wouter';
import { formatCount } from '../../../../domain/format-count';
import type { StudyId } from '../../../../domain/ids';
import { paths } from '../../../../lib/paths';
import { useChosenSamples } from '../../hooks/use-chosen-samples';

interface Props {
  studyId: StudyId;
  categories: readonly string[];
  /** confusion[gold][llm]: the matrix's counts. */
  confusion: readonly (readonly number[])[];
  /** Where the heat map draws its grid (heatMapGeometry). */
  geometry: { left: number; top: number; cell: number };
}

/**
 * A link over each non-empty cell of the drawn confusion matrix, to the threads behind it for the
 * report's samples. Laid over the figure rather than drawn in it, so the figure stays an image
 * and its SVG file holds no link.
 */
export function ConfusionCellLinks({ studyId, categories, confusion, geometry }: Props) {
  const [samples] = useChosenSamples();
  const { left, top, cell } = geometry;
  return (
    <ul aria-label="Threads behind each cell" className="print:hidden">
      {confusion.flatMap((row, r) =>
        row.map((n, c) => {
          if (n === 0) return null;
          const gold = categories[r]!;
          const llm = categories[c]!;
          return (
            <li key={`${r}-${c}`}>
              <Link
                href={paths.confusionCell.to(studyId, { gold, llm, samples })}
                aria-label={`${formatCount(n)} thread${n === 1 ? '' : 's'}: gold ${gold}, LLM ${llm}`}
                className="absolute block hover:ring-2 hover:ring-indigo-700 hover:ring-inset"
                style={{ left: left + c * cell, top: top + r * cell, width: cell, height: cell }}
              />
            </li>
          );
        }),
      )}
    </ul>
  );
}
