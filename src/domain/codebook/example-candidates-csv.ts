import { readCsvTable } from '../agreement/csv-table';
import type { CategoryId } from '../ids';
import { foldCategoryName } from './category-name';
import type { Category } from './codebook';

export const EXAMPLE_CANDIDATE_COLUMNS = ['category', 'text'] as const;

export interface ExampleCandidatesReading {
  candidates: { categoryId: CategoryId; text: string }[];
  /** Every problem in words, each naming the file and the row ("candidates.csv, row 4: …"). */
  problems: string[];
}

/**
 * Reads a file of candidate examples: a header with `category` and `text` (any order, other
 * columns ignored), one candidate per row. A category is named as in the codebook (case and
 * spacing ignored); text is trimmed, line breaks inside quotes kept.
 *
 * Problems (callers refuse the file when there is any): those of `readCsvTable`, a category
 * the codebook does not have, an empty text, a text given twice for one category. An empty
 * file or one with only a header gives no candidates and one problem.
 */
export function parseExampleCandidatesCsv(
  fileName: string,
  text: string,
  categories: readonly Category[],
): ExampleCandidatesReading {
  const { records, problems } = readCsvTable(text, EXAMPLE_CANDIDATE_COLUMNS);
  const found = problems.map((p) => ({ ...p }));
  const byName = new Map(categories.map((c) => [foldCategoryName(c.name), c]));
  const firstRow = new Map<string, number>();
  const candidates: ExampleCandidatesReading['candidates'] = [];
  for (const { row, values } of records) {
    const [name, raw] = values as [string, string];
    const category = byName.get(foldCategoryName(name));
    const candidate = raw.trim();
    if (!category) found.push({ row, message: `the codebook has no category ${JSON.stringify(name.trim())}.` });
    else if (candidate === '') found.push({ row, message: `the text is empty.` });
    else {
      const key = `${category.id}\u0000${candidate}`;
      const first = firstRow.get(key);
      if (first !== undefined)
        found.push({ row, message: `the same text for ${category.name} is already in row ${first}.` });
      else {
        firstRow.set(key, row);
        candidates.push({ categoryId: category.id, text: candidate });
      }
    }
  }
  if (found.length === 0 && candidates.length === 0) found.push({ row: 2, message: 'the file holds no candidate.' });
  return {
    candidates: found.length === 0 ? candidates : [],
    problems: found.sort((a, b) => a.row - b.row).map((p) => `${fileName}, row ${p.row}: ${p.message}`),
  };
}
